package dev.tandem.rhythm.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.CalendarService;
import dev.tandem.rhythm.Meetup;
import dev.tandem.rhythm.MeetupService;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(
        name = "Meetups",
        description = "Recurring group meetups: an RFC 5545 RRULE (e.g. FREQ=MONTHLY;BYDAY=1FR) with a time zone and a "
                + "local start time, a place or a video link, invitees (contacts and members), cancelled occurrences "
                + "and attendance per occurrence. Invitations are .ics files with the RRULE. A rule that does not "
                + "read, an unknown zone or someone who is neither a contact nor a member is 400; an id of another "
                + "workspace is 404.")
class MeetupApiController {

    private final MeetupService meetups;
    private final CalendarService calendars;
    private final Clock clock;

    MeetupApiController(MeetupService meetups, CalendarService calendars, Clock clock) {
        this.meetups = meetups;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/meetups")
    @Operation(summary = "The workspace's meetups, by title (at most 200)")
    List<MeetupJson> list(WorkspaceContext workspace) {
        return meetups.list(workspace).stream().map(MeetupJson::of).toList();
    }

    @PostMapping("/meetups")
    @Operation(
            summary = "Plan a recurring meetup",
            description = "startsOn moves to the rule's first occurrence on or after it; startsAt is the local time "
                    + "(HH:mm) in timeZone; minutes defaults to 60; invitees are contacts' or members' ids.")
    ResponseEntity<MeetupJson> create(WorkspaceContext workspace, @Valid @RequestBody MeetupJson.Request request) {
        var meetup =
                meetups.create(workspace, request.plan(), request.invitees() == null ? List.of() : request.invitees());
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/meetups/" + meetup.id()))
                .eTag(ETags.of(meetup.version()))
                .body(MeetupJson.of(meetup));
    }

    @GetMapping("/meetups/{id}")
    @ETagged
    @Operation(summary = "One meetup", description = "The ETag names its version, for If-Match.")
    ResponseEntity<MeetupJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        var meetup = meetups.get(workspace, id);
        return ETags.ok(MeetupJson.of(meetup), meetup.version());
    }

    @PutMapping("/meetups/{id}")
    @ETagged
    @Operation(
            summary = "Replace a meetup's plan",
            description = "Invitees stay (they are changed one by one); With If-Match, a meetup changed meanwhile "
                    + "is 412 and nothing is written.")
    ResponseEntity<MeetupJson> update(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody MeetupJson.Request request) {
        var meetup = meetups.update(workspace, id, ifMatch.basedOn(), request.plan());
        return ETags.ok(MeetupJson.of(meetup), meetup.version());
    }

    @DeleteMapping("/meetups/{id}")
    @Audited(AuditAction.RECORD_DELETED)
    @Operation(summary = "Delete a meetup, with its invitees, exceptions and attendance")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        meetups.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetups/{id}/invitees")
    @Operation(
            summary = "Invite a contact or a member",
            description = "409 when they are invited already; 400 for someone who is neither.")
    ResponseEntity<Meetup.Invitee> invite(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody MeetupJson.Invite request) {
        return ResponseEntity.status(201).body(meetups.invite(workspace, id, request.personId()));
    }

    @DeleteMapping("/meetups/{id}/invitees/{personId}")
    @Audited(AuditAction.RECORD_DELETED)
    @Operation(summary = "Stop inviting someone")
    ResponseEntity<Void> uninvite(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID personId) {
        meetups.uninvite(workspace, id, personId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/meetups/{id}/occurrences")
    @Operation(
            summary = "The meetup's occurrences",
            description = "From the date from (default today) on, at most count (default 12, at most 52), each with "
                    + "its local start in the meetup's zone, whether it is cancelled, and the attendance recorded.")
    List<MeetupJson.OccurrenceJson> occurrences(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable Integer count) {
        if (count != null && (count < 1 || count > MeetupService.MAX_OCCURRENCES)) {
            throw new InvalidInput("problem.parameter", "count").on("count");
        }
        var meetup = meetups.get(workspace, id);
        LocalDate day = from == null
                ? LocalDate.ofInstant(clock.instant(), meetup.plan().zone())
                : date(from, "from");
        return meetups.occurrences(workspace, meetup, day, count == null ? 12 : count).stream()
                .map(MeetupJson.OccurrenceJson::of)
                .toList();
    }

    @PutMapping("/meetups/{id}/occurrences/{date}/cancelled")
    @Operation(
            summary = "Cancel or restore one occurrence",
            description = "A cancelled date is an EXDATE in the invitation and the feeds; 400 when the meetup does "
                    + "not occur that day.")
    ResponseEntity<Void> cancel(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable String date,
            @RequestBody MeetupJson.Cancel request) {
        meetups.cancel(workspace, id, date(date, "date"), request.cancelled());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/meetups/{id}/occurrences/{date}/attendance")
    @Operation(
            summary = "Record whether an invitee came to one occurrence",
            description = "400 for a day the meetup does not occur or someone not invited; 409 when it is cancelled.")
    ResponseEntity<Void> attend(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable String date,
            @Valid @RequestBody MeetupJson.Attend request) {
        meetups.attend(workspace, id, date(date, "date"), request.personId(), request.status());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/meetups/{id}/invitation", produces = "text/calendar")
    @Operation(
            summary = "The meetup's invitation as an iCalendar (RFC 5545) file",
            description = "METHOD:REQUEST, one VEVENT with the RRULE in the meetup's time zone (VTIMEZONE), the "
                    + "cancelled dates as EXDATE, organiser and invitees; the same UID as in the calendar feeds.")
    ResponseEntity<String> invitation(WorkspaceContext workspace, @PathVariable UUID id) {
        return CalendarController.ics(calendars.meetup(workspace, id), "meetup-" + id);
    }

    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("rhythm.meetup.date").on(field);
        }
    }
}
