package dev.tandem.goals.web;

import dev.tandem.goals.AlignmentService;
import dev.tandem.goals.GoalDetails;
import dev.tandem.goals.GoalService;
import dev.tandem.goals.GoalStatus;
import dev.tandem.goals.KeyResultService;
import dev.tandem.goals.OwnGoalService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.PartnershipTabs;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The goals tab of a partnership: shared goals with progress bars, the alignment view, own goals, and the forms to add
 * them. The goal and own-goal forms show their errors inline; the small per-goal forms come back with a flash message.
 */
@Controller
class GoalController {

    static final String PAGE = "goals/goals";
    static final String LIST = "goals/goals :: goals";

    private final GoalService goals;
    private final KeyResultService keyResults;
    private final OwnGoalService ownGoals;
    private final AlignmentService alignment;
    private final PartnershipService partnerships;
    private final GoalChoices choices;

    private final Voices voices;

    GoalController(
            GoalService goals,
            KeyResultService keyResults,
            OwnGoalService ownGoals,
            AlignmentService alignment,
            PartnershipService partnerships,
            GoalChoices choices,
            Voices voices) {
        this.voices = voices;
        this.goals = goals;
        this.keyResults = keyResults;
        this.ownGoals = ownGoals;
        this.alignment = alignment;
        this.partnerships = partnerships;
        this.choices = choices;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/goals")
    String page(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", new GoalForm());
        }
        if (!model.containsAttribute("ownGoalForm")) {
            model.addAttribute("ownGoalForm", new OwnGoalForm());
        }
        fill(workspace, id, model);
        if (htmx.isRequest() && !htmx.swaps(PartnershipTabs.TARGET)) {
            return LIST;
        }
        return PartnershipTabs.view(htmx, model, "goals", PAGE);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/goals")
    String create(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        partnerships.get(workspace, id);
        var details = form.details(binding);
        if (details != null) {
            try {
                goals.set(workspace, id, details);
                Flash.notice(flash, "goals.set");
                return back(workspace, id);
            } catch (Refusal problem) {
                Forms.reject(binding, problem);
            }
        }
        model.addAttribute("ownGoalForm", new OwnGoalForm());
        fill(workspace, id, model);
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/own-goals")
    String addOwn(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @Valid @ModelAttribute("ownGoalForm") OwnGoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        partnerships.get(workspace, id);
        if (!binding.hasErrors()) {
            ownGoals.add(workspace, id, form.getSide(), form.getKind(), form.getTitle(), null);
            Flash.notice(flash, "goals.own.added");
            return back(workspace, id);
        }
        model.addAttribute("goalForm", new GoalForm());
        fill(workspace, id, model);
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/goals/{goalId}/status")
    String status(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam GoalStatus status,
            RedirectAttributes flash) {
        var goal = goals.goal(workspace, goalId);
        requireIn(goal.partnershipId(), id);
        var d = goal.details();
        goals.update(
                workspace,
                goalId,
                new GoalDetails(
                        d.title(),
                        d.description(),
                        d.why(),
                        d.ourOwner(),
                        d.theirOwner(),
                        d.dueOn(),
                        status,
                        d.serves()));
        Flash.notice(flash, "goals.statusChanged." + status);
        return back(workspace, id);
    }

    /** Shows the goal to the partner's guests, or keeps it to the team. */
    @PostMapping("/w/{workspaceId}/partnerships/{id}/goals/{goalId}/visibility")
    String visibility(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam Visibility visibility,
            RedirectAttributes flash) {
        requireIn(goals.goal(workspace, goalId).partnershipId(), id);
        goals.changeVisibility(workspace, goalId, visibility);
        Flash.notice(flash, "guests.visibility.changed");
        return back(workspace, id);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/goals/{goalId}/key-results")
    String addKeyResult(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            KeyResultForm form,
            BindingResult binding,
            RedirectAttributes flash) {
        requireIn(goals.goal(workspace, goalId).partnershipId(), id);
        return act(
                workspace,
                id,
                flash,
                "goals.keyResult.added",
                () -> keyResults.add(workspace, goalId, form.details(binding)));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/goals/{goalId}/delete")
    String delete(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID goalId, RedirectAttributes flash) {
        requireIn(goals.goal(workspace, goalId).partnershipId(), id);
        goals.delete(workspace, goalId);
        Flash.notice(flash, "goals.deleted");
        return back(workspace, id);
    }

    private void fill(WorkspaceContext workspace, UUID id, Model model) {
        choices.fill(workspace, partnerships.get(workspace, id), model);
        model.addAttribute("goals", goals.list(workspace, id, PageRequest.of(PageRequest.MAX_LIMIT, null)));
        var aligned = alignment.of(workspace, id);
        model.addAttribute("alignment", aligned);
        model.addAttribute("goalVisibility", goals.visibilities(workspace, id));
        voices.fill(workspace, id, aligned, model);
    }

    static void requireIn(UUID actual, UUID partnershipId) {
        if (!actual.equals(partnershipId)) {
            throw new NotFound("goal.notFound");
        }
    }

    private String act(WorkspaceContext workspace, UUID id, RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            Flash.notice(flash, notice);
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Flash.problem(flash, problem);
        }
        return back(workspace, id);
    }

    static String back(WorkspaceContext workspace, UUID id) {
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/goals";
    }
}
