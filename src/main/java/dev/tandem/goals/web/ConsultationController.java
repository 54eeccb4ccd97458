package dev.tandem.goals.web;

import dev.tandem.goals.Consultation;
import dev.tandem.goals.ConsultationService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The voices consulted on a shared goal, recorded from its card on the goals tab: in place with htmx (a refusal shown
 * on the form, the input kept), or as a plain form coming back to the tab. Recorded and deleted, never edited.
 */
@Controller
class ConsultationController {

    static final String SECTION = "goals/voices :: consulted";

    private final ConsultationService consultations;
    private final Voices voices;
    private final MessageSource messages;

    ConsultationController(ConsultationService consultations, Voices voices, MessageSource messages) {
        this.consultations = consultations;
        this.voices = voices;
        this.messages = messages;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/goals/{goalId}/consultations")
    String record(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam(defaultValue = "OURS") String side,
            @RequestParam(defaultValue = "") String who,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "false") String doesTheWork,
            @RequestParam(defaultValue = "") String consultedOn,
            @RequestParam(defaultValue = "MEETING") String how,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            consultations.record(
                    workspace,
                    id,
                    goalId,
                    new Consultation.Details(
                            side(side), who, role, "true".equals(doesTheWork), day(consultedOn), how(how)));
            if (!htmx.isRequest()) {
                Flash.notice(flash, "voices.saved");
                return GoalController.back(workspace, id);
            }
            model.addAttribute("voicesSaved", true);
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            if (!htmx.isRequest()) {
                Flash.problem(flash, problem);
                return GoalController.back(workspace, id);
            }
            var said = Refusals.said(problem);
            model.addAttribute(
                    "voicesProblem", messages.getMessage(said.key(), said.args(), LocaleContextHolder.getLocale()));
            model.addAttribute(
                    "voicesInput",
                    Map.of(
                            "who", who,
                            "side", side,
                            "role", role,
                            "doesTheWork", doesTheWork,
                            "consultedOn", consultedOn,
                            "how", how));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return section(workspace, id, goalId, model);
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/goals/{goalId}/consultations/{consultationId}/delete")
    String delete(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @PathVariable UUID consultationId,
            RedirectAttributes flash) {
        consultations.delete(workspace, id, goalId, consultationId);
        Flash.notice(flash, "voices.deleted");
        return GoalController.back(workspace, id);
    }

    private String section(WorkspaceContext workspace, UUID id, UUID goalId, Model model) {
        voices.fill(workspace, id, model);
        model.addAttribute("pid", id);
        model.addAttribute("goalId", goalId);
        model.addAttribute("voicesGoal", goalId);
        model.addAttribute("list", consultations.ofGoal(workspace, id, goalId));
        return SECTION;
    }

    static Side side(String side) {
        try {
            return Side.valueOf(side);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("consultation.side").on("side");
        }
    }

    static Consultation.How how(String how) {
        try {
            return Consultation.How.valueOf(how);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("consultation.how").on("how");
        }
    }

    static LocalDate day(@Nullable String day) {
        try {
            return LocalDate.parse(day == null ? "" : day);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("consultation.day").on("consultedOn");
        }
    }
}
