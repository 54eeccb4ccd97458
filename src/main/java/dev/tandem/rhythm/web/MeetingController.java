package dev.tandem.rhythm.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Visibility;
import dev.tandem.rhythm.AgendaItem;
import dev.tandem.rhythm.AttendanceStatus;
import dev.tandem.rhythm.CommitmentDraft;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.Meeting;
import dev.tandem.rhythm.MeetingDetails;
import dev.tandem.rhythm.MeetingService;
import dev.tandem.rhythm.MeetingType;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.WebLinks;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.PartnershipTabs;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings tab of a partnership and the page to run a meeting: agenda, notes and decisions saved as
 * they are typed, attendance and action items, each an htmx fragment of the same page.
 */
@Controller
class MeetingController {

    static final String LIST = "rhythm/meetings";
    static final String RUN = "rhythm/meeting";

    private final MeetingService meetings;
    private final CommitmentService commitments;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;

    MeetingController(
            MeetingService meetings,
            CommitmentService commitments,
            PartnershipService partnerships,
            PartnershipParticipants participants) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.partnerships = partnerships;
        this.participants = participants;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/meetings")
    String list(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            Htmx htmx,
            Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("meetings", meetings.list(workspace, id, PageRequest.of(20, cursor)));
        model.addAttribute("types", MeetingType.values());
        return PartnershipTabs.view(htmx, model, "meetings", LIST);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/meetings")
    String schedule(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam MeetingType type,
            @RequestParam String startsAt,
            @RequestParam String endsAt,
            @RequestParam String timeZone,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String agenda,
            RedirectAttributes flash) {
        try {
            List<AgendaItem> items = Arrays.stream(agenda.split("\\R"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(s -> new AgendaItem(
                            false, s.length() > AgendaItem.TITLE_LENGTH ? s.substring(0, AgendaItem.TITLE_LENGTH) : s))
                    .toList();
            boolean video = WebLinks.isWebLink(place.strip());
            var details = MeetingDetails.of(
                    type,
                    startsAt,
                    endsAt,
                    timeZone,
                    video ? null : limit(place, Meeting.PLACE_LENGTH),
                    video ? limit(place, Meeting.VIDEO_URL_LENGTH) : null,
                    items);
            Meeting meeting = meetings.schedule(workspace, id, details, true);
            Flash.notice(flash, "rhythm.meetings.planned");
            return "redirect:/w/" + workspace.workspaceId() + "/meetings/" + meeting.id();
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Flash.problem(flash, problem);
            return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/meetings";
        }
    }

    @GetMapping("/w/{workspaceId}/meetings/{id}")
    String run(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        Meeting meeting = meetings.get(workspace, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("view", partnerships.get(workspace, meeting.partnershipId()));
        model.addAttribute("attendance", meetings.attendance(workspace, id));
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("actions", commitments.actionItems(workspace, id));
        model.addAttribute("sides", OwnerSide.values());
        model.addAttribute("people", participants.list(workspace, meeting.partnershipId()));
        model.addAttribute(
                "notesVisibility",
                meetings.notesVisibilities(workspace, meeting.partnershipId()).get(id));
        return RUN;
    }

    /** Shows the meeting's notes and decisions to the partner's guests, or keeps them to the team. */
    @PostMapping("/w/{workspaceId}/meetings/{id}/notes-visibility")
    String notesVisibility(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam Visibility visibility,
            RedirectAttributes flash) {
        meetings.changeNotesVisibility(workspace, id, visibility);
        Flash.notice(flash, "guests.visibility.changed");
        return "redirect:/w/" + workspace.workspaceId() + "/meetings/" + id;
    }

    /**
     * Saves the notes as typed (every pause, with htmx) over the version the page carries. When somebody else saved
     * meanwhile, nothing is written and the version is not moved on: the page says who changed what and every
     * further autosave is refused too, until the user has taken the other's notes in (by reloading).
     */
    @PostMapping("/w/{workspaceId}/meetings/{id}/minutes")
    String minutes(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String notes,
            @RequestParam(required = false) @Nullable String decisions,
            @RequestParam(required = false) @Nullable Long version,
            Htmx htmx,
            Model model) {
        try {
            var saved =
                    meetings.minutes(workspace, id, version == null ? null : BasedOn.read(version), notes, decisions);
            model.addAttribute("saved", true);
            model.addAttribute("version", saved.version());
        } catch (Conflict problem) {
            String here = "/w/" + workspace.workspaceId() + "/meetings/" + id;
            if (Forms.changedMeanwhile(problem, model, "rhythm.meeting.field.", here, "version.meanwhile.reload")
                    == null) {
                throw problem;
            }
            model.addAttribute("version", version);
            model.addAttribute("typedNotes", notes);
            model.addAttribute("typedDecisions", decisions);
            return htmx.isRequest() ? RUN + " :: saved" : run(workspace, id, model);
        }
        return htmx.isRequest() ? RUN + " :: saved" : "redirect:/w/" + workspace.workspaceId() + "/meetings/" + id;
    }

    @PostMapping("/w/{workspaceId}/meetings/{id}/attendance")
    String attend(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam UUID participantId,
            @RequestParam AttendanceStatus status,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        model.addAttribute("meeting", meetings.get(workspace, id));
        try {
            model.addAttribute("attendance", meetings.attend(workspace, id, participantId, status));
        } catch (Refusal problem) {
            response.setStatus(Refusals.status(problem).value());
            model.addAttribute("attendanceProblem", problem.messageKey());
            Flash.problem(flash, problem);
            model.addAttribute("attendance", meetings.attendance(workspace, id));
        }
        model.addAttribute("statuses", AttendanceStatus.values());
        return htmx.isRequest() ? RUN + " :: attendance" : "redirect:/w/" + workspace.workspaceId() + "/meetings/" + id;
    }

    @PostMapping("/w/{workspaceId}/meetings/{id}/action-items")
    String actionItem(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String what,
            @RequestParam OwnerSide ownerSide,
            @RequestParam(required = false) @Nullable UUID ownerId,
            @RequestParam(defaultValue = "") String dueOn,
            Htmx htmx,
            Model model,
            RedirectAttributes flash) {
        Meeting meeting = meetings.get(workspace, id);
        try {
            commitments.actionItem(
                    workspace, id, new CommitmentDraft(what, ownerSide, ownerId, FormDates.required(dueOn, "dueOn")));
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            model.addAttribute("actionProblem", problem.messageKey());
            model.addAttribute("actionProblemArgs", problem.args());
            Flash.problem(flash, problem);
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("actions", commitments.actionItems(workspace, id));
        model.addAttribute("sides", OwnerSide.values());
        model.addAttribute("people", participants.list(workspace, meeting.partnershipId()));
        return htmx.isRequest() ? RUN + " :: actions" : "redirect:/w/" + workspace.workspaceId() + "/meetings/" + id;
    }

    @PostMapping("/w/{workspaceId}/meetings/{id}/held")
    String hold(WorkspaceContext workspace, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            meetings.hold(workspace, id);
            Flash.notice(flash, "rhythm.meetings.held");
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Flash.problem(flash, problem);
        }
        return "redirect:/w/" + workspace.workspaceId() + "/meetings/" + id;
    }

    private static String limit(String text, int max) {
        String s = text.strip();
        if (s.length() > max) {
            throw new InvalidInput("rhythm.tooLong", max);
        }
        return s;
    }
}
