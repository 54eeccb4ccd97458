package dev.tandem.partnerships.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Note;
import dev.tandem.partnerships.Participant;
import dev.tandem.partnerships.PartnershipNotes;
import dev.tandem.partnerships.PartnershipPage;
import dev.tandem.partnerships.PartnershipPages;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.StageChange;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.PartnershipTabs;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A partnership's page, the hub: stage with its next moves, cadence, participants, notes and timeline.
 * Each action posts a small form and comes back here; a refusal is shown as a flash message.
 */
@Controller
class PartnershipHubController {

    static final String HUB = "partnerships/hub";
    static final String TIMELINE = "partnerships/timeline";

    private final PartnershipService partnerships;
    private final PartnershipPortfolio portfolio;
    private final PartnershipPages pages;
    private final PartnershipNotes notes;
    private final PartnershipParticipants participants;
    private final Counterparts counterparts;

    PartnershipHubController(
            PartnershipService partnerships,
            PartnershipPages pages,
            PartnershipPortfolio portfolio,
            PartnershipNotes notes,
            PartnershipParticipants participants,
            Counterparts counterparts) {
        this.pages = pages;
        this.counterparts = counterparts;
        this.partnerships = partnerships;
        this.portfolio = portfolio;
        this.notes = notes;
        this.participants = participants;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}")
    String hub(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String contactQ,
            Htmx htmx,
            Model model) {
        PartnershipPage page = pages.of(workspace, id);
        model.addAttribute("view", page.view());
        model.addAttribute("history", page.history());
        model.addAttribute("participants", page.participants());
        model.addAttribute("notes", page.notes());
        model.addAttribute("timeline", page.timeline());
        model.addAttribute("timelineUrl", timelineUrl(workspace, id));
        model.addAttribute("memberNames", portfolio.memberNames(workspace));
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("contactPicker", counterparts.contacts(workspace, null, contactQ, false));
        model.addAttribute("values", partnerships.values(workspace, id));
        model.addAttribute("valuesActions", PartnershipValuesController.actions(workspace, id));
        return PartnershipTabs.view(htmx, model, "overview", HUB);
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/timeline")
    String timeline(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            Htmx htmx,
            Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("timeline", partnerships.timeline(workspace, id, PageRequest.of(20, cursor)));
        model.addAttribute("timelineUrl", timelineUrl(workspace, id));
        if (htmx.isRequest() && !htmx.swaps(PartnershipTabs.TARGET)) {
            return TIMELINE + " :: timeline";
        }
        return PartnershipTabs.view(htmx, model, "timeline", TIMELINE);
    }

    private static String timelineUrl(WorkspaceContext workspace, UUID id) {
        return "/w/" + workspace.workspaceId() + "/partnerships/" + id + "/timeline";
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/stage")
    String move(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam Stage stage,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable String from,
            RedirectAttributes flash) {
        String hub = act(workspace, id, flash, "partnerships.stage.moved", () -> {
            require(reason, StageChange.REASON_LENGTH);
            partnerships.moveStage(workspace, id, stage, reason);
        });
        return from == null ? hub : "redirect:" + PartnershipBoardController.url(workspace, from);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/notes")
    String addNote(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "INTERNAL") Visibility visibility,
            RedirectAttributes flash) {
        return act(workspace, id, flash, "partnerships.note.added", () -> {
            require(body, Note.BODY_LENGTH);
            notes.add(workspace, id, body, visibility);
        });
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/notes/{noteId}/delete")
    String deleteNote(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID noteId, RedirectAttributes flash) {
        return act(workspace, id, flash, "partnerships.note.deleted", () -> notes.delete(workspace, id, noteId));
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/participants")
    String addParticipant(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam UUID userId,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes flash) {
        return act(workspace, id, flash, "partnerships.participant.added", () -> {
            require(role, Participant.ROLE_LENGTH);
            participants.add(workspace, id, Side.OURS, userId, role);
        });
    }

    /** Adds a contact on their side; the picker's search button (no JavaScript) comes back with its matches. */
    @PostMapping("/w/{workspaceId}/partnerships/{id}/participants/theirs")
    String addTheirs(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID contactId,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String contactQ,
            @RequestParam(required = false) @Nullable String pick,
            RedirectAttributes flash) {
        if (pick != null) {
            partnerships.get(workspace, id);
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/w/{ws}/partnerships/{id}")
                            .queryParam("contactQ", contactQ)
                            .fragment("participants")
                            .buildAndExpand(workspace.workspaceId(), id)
                            .encode()
                            .toUriString();
        }
        return act(workspace, id, flash, "partnerships.participant.added", () -> {
            if (contactId == null) {
                throw new InvalidInput("partnerships.problem.pickContact");
            }
            require(role, Participant.ROLE_LENGTH);
            participants.add(workspace, id, Side.THEIRS, contactId, role);
        });
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/participants/{participantId}/remove")
    String removeParticipant(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID participantId,
            RedirectAttributes flash) {
        return act(
                workspace,
                id,
                flash,
                "partnerships.participant.removed",
                () -> participants.remove(workspace, id, participantId));
    }

    /** Runs an action; a refusal the user can fix comes back as an error message, a 404 stays a 404. */
    private String act(WorkspaceContext workspace, UUID id, RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            Flash.notice(flash, notice);
        } catch (Refusal problem) {
            if (problem instanceof NotFound && problem.field() == null) {
                throw problem;
            }
            Flash.problem(flash, problem);
        }
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id;
    }

    private static void require(String text, int max) {
        if (text.isBlank()) {
            throw new InvalidInput("partnerships.problem.required");
        }
        if (text.strip().length() > max) {
            throw new InvalidInput("partnerships.problem.tooLong", max);
        }
    }
}
