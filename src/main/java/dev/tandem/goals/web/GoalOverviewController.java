package dev.tandem.goals.web;

import dev.tandem.goals.GoalService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.PageRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The goals card of a partnership's overview, loaded by htmx: the first goals with their progress bars. */
@Controller
class GoalOverviewController {

    static final int SHOWN = 5;

    private final GoalService goals;

    GoalOverviewController(GoalService goals) {
        this.goals = goals;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/goals/summary")
    String summary(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        model.addAttribute("goals", goals.list(workspace, id, PageRequest.of(SHOWN, null)));
        model.addAttribute("partnershipId", id);
        return "goals/overview :: summary";
    }
}
