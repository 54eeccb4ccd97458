package dev.tandem.rhythm.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentChange;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A commitment's status changed in place on the commitments tab (htmx): delivered, dropped or reopened by the
 * aggregate's rules, against the version that was read. A change made meanwhile is shown beside the kept input
 * (409); a done date still to come writes nothing and is said on its field (400). Without htmx the same buttons
 * are plain forms that come back to the page they were on, and the status form opens on the tab's whole page.
 */
@Controller
class CommitmentStatusController {

    static final String ROW = "rhythm/commitment :: row(c=${commitment})";
    static final String FORM = "rhythm/commitment :: statusForm(c=${commitment})";
    static final String SAVED = "rhythm/commitment :: saved(c=${commitment})";

    private final CommitmentService commitments;
    private final PartnershipParticipants participants;
    private final MessageSource messages;

    CommitmentStatusController(
            CommitmentService commitments, PartnershipParticipants participants, MessageSource messages) {
        this.commitments = commitments;
        this.participants = participants;
        this.messages = messages;
    }

    @GetMapping("/w/{workspaceId}/commitments/{id}/row")
    String row(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        Commitment c = commitments.get(workspace, id);
        if (!htmx.isRequest()) {
            return tab(workspace, c, "");
        }
        return fill(workspace, c, model, ROW);
    }

    @GetMapping("/w/{workspaceId}/commitments/{id}/status/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        Commitment c = commitments.get(workspace, id);
        if (!htmx.isRequest()) {
            return tab(workspace, c, "?editing=" + id + "#commitment-" + id);
        }
        return fill(workspace, c, model, FORM);
    }

    /** Without htmx: back to the page the form was on ({@code back}: partnership, workspace or my-week). */
    @PostMapping("/w/{workspaceId}/commitments/{id}/status")
    String save(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String doneOn,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(defaultValue = "partnership") String back,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Commitment before = commitments.get(workspace, id);
        try {
            var change = new CommitmentChange(
                    null, null, null, status(status), doneOn.isBlank() ? null : FormDates.required(doneOn, "doneOn"));
            Commitment after =
                    commitments.change(workspace, id, version == null ? null : BasedOn.read(version), change);
            if (!htmx.isRequest()) {
                Flash.notice(flash, "rhythm.commitments.changed");
                return back(workspace, before, back);
            }
            model.addAttribute("commitmentSaved", true);
            model.addAttribute("reliability", commitments.reliability(workspace, after.partnershipId()));
            return fill(workspace, after, model, SAVED);
        } catch (Refusal problem) {
            if (problem instanceof NotFound && problem.field() == null) {
                throw problem;
            }
            if (!htmx.isRequest()) {
                Flash.problem(flash, problem);
                return back(workspace, before, back);
            }
            Long now = Forms.changedMeanwhile(
                    problem,
                    model,
                    "rhythm.commitment.field.",
                    "/w/" + workspace.workspaceId() + "/partnerships/" + before.partnershipId() + "/commitments");
            if (now == null) {
                var said = Refusals.said(problem);
                model.addAttribute(
                        "commitmentProblem",
                        messages.getMessage(said.key(), said.args(), LocaleContextHolder.getLocale()));
                model.addAttribute("commitmentField", problem.field());
            }
            response.setStatus(now != null ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("version", now != null ? now : version);
            model.addAttribute("statusInput", status);
            model.addAttribute("doneOnInput", doneOn);
            return fill(workspace, commitments.get(workspace, id), model, FORM);
        }
    }

    /** The participants of a partnership by their id, for naming a commitment's owner. */
    static Map<UUID, ParticipantView> owners(List<ParticipantView> people) {
        return people.stream().collect(Collectors.toMap(v -> v.participant().id(), Function.identity()));
    }

    private String fill(WorkspaceContext workspace, Commitment c, Model model, String view) {
        model.addAttribute("commitment", c);
        model.addAttribute("today", commitments.today());
        model.addAttribute("owners", owners(participants.ofKnown(workspace, c.partnershipId())));
        return view;
    }

    private static CommitmentStatus status(String text) {
        try {
            return CommitmentStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("rhythm.commitment.statusInvalid").on("status");
        }
    }

    private static String back(WorkspaceContext workspace, Commitment c, String back) {
        return switch (back) {
            case "workspace" -> "redirect:/w/" + workspace.workspaceId() + "/commitments";
            case "my-week" -> "redirect:/w/" + workspace.workspaceId() + "/my-week";
            default -> tab(workspace, c, "");
        };
    }

    private static String tab(WorkspaceContext workspace, Commitment c, String rest) {
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + c.partnershipId() + "/commitments" + rest;
    }
}
