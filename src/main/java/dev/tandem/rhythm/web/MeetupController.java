package dev.tandem.rhythm.web;

import dev.tandem.contacts.ContactQuery;
import dev.tandem.contacts.ContactService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.rhythm.AttendanceStatus;
import dev.tandem.rhythm.CalendarService;
import dev.tandem.rhythm.Meetup;
import dev.tandem.rhythm.MeetupService;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
 * The meetups page (each recurring group meetup with its next date, the form to plan one with inline errors) and one
 * meetup's page: invitees, the next occurrences with cancelling and attendance, and its invitation as {@code .ics}.
 */
@Controller
class MeetupController {

    static final String LIST = "rhythm/meetups";
    static final String PAGE = "rhythm/meetup";
    /** How many occurrences a meetup's page shows. */
    static final int SHOWN = 6;

    private final MeetupService meetups;
    private final CalendarService calendars;
    private final ContactService contacts;
    private final WorkspaceService workspaces;
    private final MessageSource messages;
    private final Clock clock;

    MeetupController(
            MeetupService meetups,
            CalendarService calendars,
            ContactService contacts,
            WorkspaceService workspaces,
            MessageSource messages,
            Clock clock) {
        this.meetups = meetups;
        this.calendars = calendars;
        this.contacts = contacts;
        this.workspaces = workspaces;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/w/{workspaceId}/meetups")
    String list(WorkspaceContext workspace, Model model) {
        if (!model.containsAttribute("meetupForm")) {
            var form = new MeetupForm();
            form.setStartsOn(LocalDate.now(clock).toString());
            model.addAttribute("meetupForm", form);
        }
        return showList(workspace, model);
    }

    @PostMapping("/w/{workspaceId}/meetups")
    String create(
            WorkspaceContext workspace,
            @Valid @ModelAttribute("meetupForm") MeetupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                var meetup = meetups.create(workspace, form.plan(), List.of());
                Flash.notice(flash, "rhythm.meetup.saved");
                return to(workspace, meetup.id());
            } catch (Refusal problem) {
                Forms.reject(binding, problem);
            }
        }
        return showList(workspace, model);
    }

    @GetMapping("/w/{workspaceId}/meetups/{id}")
    String page(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        Meetup meetup = meetups.get(workspace, id);
        model.addAttribute("meetup", meetup);
        model.addAttribute(
                "occurrences",
                meetups.occurrences(
                        workspace,
                        meetup,
                        LocalDate.ofInstant(clock.instant(), meetup.plan().zone()),
                        SHOWN));
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute(
                "repeatsText", MeetupWords.of(meetup.plan().rule().text(), messages, LocaleContextHolder.getLocale()));
        Map<UUID, String> people = new LinkedHashMap<>();
        workspaces
                .members(workspace, new PageRequest(100, null))
                .items()
                .forEach(m -> people.put(m.userId().value(), m.displayName()));
        contacts.list(workspace, ContactQuery.all(), new PageRequest(200, null))
                .items()
                .forEach(c -> people.put(c.id(), c.displayName()));
        meetup.invitees().forEach(i -> people.remove(i.personId()));
        model.addAttribute("people", people);
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/meetups/{id}/invitees")
    String invite(
            WorkspaceContext workspace, @PathVariable UUID id, @RequestParam UUID personId, RedirectAttributes flash) {
        try {
            meetups.invite(workspace, id, personId);
            Flash.notice(flash, "rhythm.meetup.invited");
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
        }
        return to(workspace, id);
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/meetups/{id}/invitees/{personId}/delete")
    String uninvite(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes flash) {
        meetups.uninvite(workspace, id, personId);
        Flash.notice(flash, "rhythm.meetup.uninvited");
        return to(workspace, id);
    }

    @PostMapping("/w/{workspaceId}/meetups/{id}/occurrences/{date}/cancelled")
    String cancel(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable String date,
            @RequestParam boolean cancelled,
            RedirectAttributes flash) {
        try {
            meetups.cancel(workspace, id, MeetupApiController.date(date, "date"), cancelled);
            Flash.notice(flash, cancelled ? "rhythm.meetup.cancelled" : "rhythm.meetup.restored");
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
        }
        return to(workspace, id);
    }

    @PostMapping("/w/{workspaceId}/meetups/{id}/occurrences/{date}/attendance")
    String attend(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable String date,
            @RequestParam UUID personId,
            @RequestParam AttendanceStatus status,
            RedirectAttributes flash) {
        try {
            meetups.attend(workspace, id, MeetupApiController.date(date, "date"), personId, status);
            Flash.notice(flash, "rhythm.meetup.attendanceSaved");
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
        }
        return to(workspace, id);
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/meetups/{id}/delete")
    String delete(WorkspaceContext workspace, @PathVariable UUID id, RedirectAttributes flash) {
        meetups.delete(workspace, id);
        Flash.notice(flash, "rhythm.meetup.deleted");
        return "redirect:/w/" + workspace.workspaceId() + "/meetups";
    }

    @GetMapping("/w/{workspaceId}/meetups/{id}.ics")
    ResponseEntity<String> invitation(WorkspaceContext workspace, @PathVariable UUID id) {
        return CalendarController.ics(calendars.meetup(workspace, id), "meetup-" + id);
    }

    private String showList(WorkspaceContext workspace, Model model) {
        var all = meetups.list(workspace);
        Map<UUID, Meetup.Occurrence> next = new LinkedHashMap<>();
        for (Meetup m : all) {
            var occurrence = meetups.next(
                    workspace, m, LocalDate.ofInstant(clock.instant(), m.plan().zone()));
            if (occurrence != null) {
                next.put(m.id(), occurrence);
            }
        }
        model.addAttribute("meetups", all);
        model.addAttribute("next", next);
        model.addAttribute("repeats", MeetupForm.Repeats.values());
        return LIST;
    }

    private static String to(WorkspaceContext workspace, UUID id) {
        return "redirect:/w/" + workspace.workspaceId() + "/meetups/" + id;
    }
}
