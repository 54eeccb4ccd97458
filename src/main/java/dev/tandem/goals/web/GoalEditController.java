package dev.tandem.goals.web;

import dev.tandem.goals.GoalService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a shared goal: title, description, why it matters, owners on both sides, due date, status and
 * the own goals it serves. GET shows the filled form, POST saves and goes back to the goals tab, or shows
 * the form again with each error next to its field.
 */
@Controller
class GoalEditController {

    static final String PAGE = "goals/edit";

    private final GoalService goals;
    private final PartnershipService partnerships;
    private final GoalChoices choices;

    GoalEditController(GoalService goals, PartnershipService partnerships, GoalChoices choices) {
        this.goals = goals;
        this.partnerships = partnerships;
        this.choices = choices;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/goals/{goalId}/edit")
    String form(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID goalId, Model model) {
        var goal = goals.goal(workspace, goalId);
        GoalController.requireIn(goal.partnershipId(), id);
        model.addAttribute("goalForm", GoalForm.of(goal.details(), goal.version()));
        return page(workspace, id, goalId, model);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/goals/{goalId}/edit")
    String save(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        GoalController.requireIn(goals.goal(workspace, goalId).partnershipId(), id);
        var details = form.details(binding);
        if (details != null) {
            try {
                goals.update(
                        workspace, goalId, form.getVersion() == null ? null : BasedOn.read(form.getVersion()), details);
                Flash.notice(flash, "goals.saved");
                return GoalController.back(workspace, id);
            } catch (Refusal problem) {
                Long now = Forms.changedMeanwhile(
                        problem,
                        model,
                        "goals.field.",
                        GoalController.back(workspace, id).substring("redirect:".length()));
                if (now != null) {
                    form.setVersion(now);
                } else {
                    Forms.reject(binding, problem);
                }
            }
        }
        return page(workspace, id, goalId, model);
    }

    private String page(WorkspaceContext workspace, UUID id, UUID goalId, Model model) {
        choices.fill(workspace, partnerships.get(workspace, id), model);
        model.addAttribute("goalId", goalId);
        return PAGE;
    }
}
