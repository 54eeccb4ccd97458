package dev.tandem.demo.web;

import dev.tandem.demo.DemoData;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page that explains the demo and loads it into an empty workspace; for admins. */
@Controller
@RequiresRole(Role.ADMIN)
class DemoController {

    static final String PAGE = "demo/demo";

    private final DemoData demo;

    DemoController(DemoData demo) {
        this.demo = demo;
    }

    @GetMapping("/w/{workspaceId}/demo")
    String page(WorkspaceContext workspace, Model model) {
        model.addAttribute("canLoad", demo.canLoad(workspace));
        model.addAttribute("plan", demo.plan());
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/demo")
    String load(WorkspaceContext workspace, RedirectAttributes flash) {
        try {
            demo.load(workspace);
        } catch (Conflict problem) {
            Flash.problem(flash, problem);
            return "redirect:/w/" + workspace.workspaceId() + "/demo";
        }
        Flash.notice(flash, "demo.loaded");
        return "redirect:/w/" + workspace.workspaceId();
    }
}
