package dev.tandem.goals.web;

import dev.tandem.goals.GoalService;
import dev.tandem.goals.KeyResultService;
import dev.tandem.goals.KeyResultView;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A key result's value recorded in place on the goals tab (htmx swaps the key result; without it the form posts
 * and the tab comes back with a notice). The form carries the latest measurement it showed: a value recorded
 * meanwhile is shown beside the kept input (409), and a value that is not a number, or a day still to come, writes
 * nothing and is said on its field (400).
 */
@Controller
class MeasurementController {

    static final String KEY_RESULT = "goals/measure :: keyResult(kv=${keyResult},pid=${partnershipId})";

    private final GoalService goals;
    private final KeyResultService keyResults;
    private final MessageSource messages;

    MeasurementController(GoalService goals, KeyResultService keyResults, MessageSource messages) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.messages = messages;
    }

    /** What the user typed, shown again with the problem. */
    record Input(String value, String measuredOn, String note) {}

    @PostMapping("/w/{workspaceId}/partnerships/{id}/key-results/{krId}/measurements")
    String measure(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID krId,
            MeasurementForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String seen,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        GoalController.requireIn(
                goals.goal(
                                workspace,
                                keyResults.get(workspace, krId).keyResult().goalId())
                        .partnershipId(),
                id);
        try {
            var value = form.value(binding);
            if (seen == null) {
                keyResults.measure(workspace, krId, value, form.getMeasuredOn(), form.getNote());
            } else {
                keyResults.measure(
                        workspace,
                        krId,
                        seen.isBlank() ? null : uuid(seen),
                        value,
                        form.getMeasuredOn(),
                        form.getNote());
            }
            if (!htmx.isRequest()) {
                Flash.notice(flash, "goals.measurement.added");
                return GoalController.back(workspace, id);
            }
            model.addAttribute("measured", true);
        } catch (Refusal problem) {
            if (problem instanceof NotFound && problem.field() == null) {
                throw problem;
            }
            if (!htmx.isRequest()) {
                Flash.problem(flash, problem);
                return GoalController.back(workspace, id);
            }
            Long now = Forms.changedMeanwhile(
                    problem, model, "goals.field.", "/w/" + workspace.workspaceId() + "/partnerships/" + id + "/goals");
            if (now == null) {
                var said = Refusals.said(problem);
                model.addAttribute(
                        "measureProblem",
                        messages.getMessage(said.key(), said.args(), LocaleContextHolder.getLocale()));
                model.addAttribute("measureField", problem.field());
            }
            response.setStatus(now != null ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "measureInput", new Input(raw(binding, "value"), raw(binding, "measuredOn"), form.getNote()));
        }
        KeyResultView current = keyResults.get(workspace, krId);
        model.addAttribute("keyResult", current);
        model.addAttribute("partnershipId", id);
        return KEY_RESULT;
    }

    private static String raw(BindingResult binding, String field) {
        Object value = binding.getFieldValue(field);
        return value == null ? "" : value.toString();
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFound("goal.keyResult.notFound").on("seen");
        }
    }
}
