package dev.tandem.exchange.web;

import dev.tandem.exchange.WorkspaceRestore;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The restore page of the workspace settings: upload a whole-workspace export into this empty workspace; a
 * refusal shows beside the file field (with its status), a restore shows what it wrote.
 */
@Controller
@RequiresRole(Role.ADMIN)
class WorkspaceRestorePages {

    static final String VIEW = "exchange/restore";

    private final WorkspaceRestore restore;

    WorkspaceRestorePages(WorkspaceRestore restore) {
        this.restore = restore;
    }

    @GetMapping("/w/{workspaceId}/settings/restore")
    String form(WorkspaceContext workspace, Model model) {
        return page(workspace, model, null);
    }

    @Audited(AuditAction.DATA_RESTORED)
    @PostMapping("/w/{workspaceId}/settings/restore")
    String restore(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("restored", restore.restore(workspace, Requests.content(file)));
            return "redirect:/w/" + workspace.workspaceId() + "/settings/restore";
        } catch (Refusal problem) {
            response.setStatus(Refusals.status(problem).value());
            return page(workspace, model, problem);
        }
    }

    private String page(WorkspaceContext workspace, Model model, @Nullable Refusal problem) {
        model.addAttribute("maxMb", restore.maxMegabytes());
        if (!model.containsAttribute("restored")) {
            model.addAttribute("empty", restore.isEmpty(workspace));
        }
        if (problem != null) {
            model.addAttribute("uploadError", problem.messageKey());
            model.addAttribute("uploadErrorArgs", problem.args());
        }
        return VIEW;
    }
}
