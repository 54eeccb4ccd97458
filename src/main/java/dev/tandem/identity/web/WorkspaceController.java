package dev.tandem.identity.web;

import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.SignedIn;
import dev.tandem.identity.TandemUser;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.identity.web.SimpleForms.NameForm;
import dev.tandem.identity.web.SimpleForms.RenameForm;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A workspace's settings, leaving it, and creating another workspace. */
@Controller
class WorkspaceController {

    static final String SETTINGS = "identity/settings";
    static final String NEW = "identity/new-workspace";

    private final WorkspaceService workspaces;

    WorkspaceController(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/w/{workspaceId}/settings")
    String settings(WorkspaceContext workspace, Model model) {
        var form = new RenameForm();
        form.setName(workspace.workspaceName());
        form.setVersion(workspaces.version(workspace));
        model.addAttribute("form", form);
        return SETTINGS;
    }

    @PostMapping("/w/{workspaceId}/settings")
    @RequiresRole(Role.ADMIN)
    String rename(
            WorkspaceContext workspace,
            @Valid @ModelAttribute("form") RenameForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return SETTINGS;
        }
        try {
            workspaces.rename(
                    workspace, form.getVersion() == null ? null : BasedOn.read(form.getVersion()), form.getName());
        } catch (Refusal problem) {
            Long now =
                    Forms.changedMeanwhile(problem, model, "settings.", "/w/" + workspace.workspaceId() + "/settings");
            if (now == null) {
                throw problem;
            }
            form.setVersion(now);
            return SETTINGS;
        }
        Flash.notice(flash, "workspace.renamed");
        return "redirect:/w/" + workspace.workspaceId() + "/settings";
    }

    @PostMapping("/w/{workspaceId}/leave")
    @RequiresRole(Role.VIEWER)
    String leave(WorkspaceContext workspace, Model model, RedirectAttributes flash) {
        try {
            workspaces.leave(workspace);
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
            return "redirect:/w/" + workspace.workspaceId() + "/settings";
        }
        Flash.notice(flash, "workspace.left");
        return "redirect:/";
    }

    @GetMapping("/workspaces/new")
    String newForm(Model model) {
        model.addAttribute("form", new NameForm());
        return NEW;
    }

    @PostMapping("/workspaces/new")
    String create(@Valid @ModelAttribute("form") NameForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            return NEW;
        }
        TandemUser user = Objects.requireNonNull(SignedIn.current());
        return "redirect:/w/" + workspaces.create(user.id(), form.getName());
    }
}
