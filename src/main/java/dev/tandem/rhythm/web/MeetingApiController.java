package dev.tandem.rhythm.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.AgendaItem;
import dev.tandem.rhythm.CalendarService;
import dev.tandem.rhythm.Meeting;
import dev.tandem.rhythm.MeetingDetails;
import dev.tandem.rhythm.MeetingService;
import dev.tandem.rhythm.web.RhythmJson.AttendanceJson;
import dev.tandem.rhythm.web.RhythmJson.AttendanceRequest;
import dev.tandem.rhythm.web.RhythmJson.MeetingJson;
import dev.tandem.rhythm.web.RhythmJson.MeetingPatch;
import dev.tandem.rhythm.web.RhythmJson.MeetingRequest;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
        name = "Meetings",
        description =
                "A partnership's meetings: plan, agenda, notes, decisions, attendance, held. "
                        + "A meeting that ends before it starts, an unknown time zone or a non-participant's attendance is 400.")
class MeetingApiController {

    private final MeetingService meetings;
    private final CalendarService calendars;
    private final MessageSource messages;

    MeetingApiController(MeetingService meetings, CalendarService calendars, MessageSource messages) {
        this.meetings = meetings;
        this.calendars = calendars;
        this.messages = messages;
    }

    @GetMapping("/partnerships/{id}/meetings")
    @Operation(summary = "Meetings of a partnership, the latest first")
    Page<MeetingJson> list(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return meetings.list(workspace, id, PageRequest.of(limit, cursor)).map(this::json);
    }

    @PostMapping("/partnerships/{id}/meetings")
    @Operation(
            summary = "Plan a meeting",
            description = "A CHECK_IN opens with a \"listen first\" round unless "
                    + "listenFirst is false. startsAt/endsAt are local times in timeZone.")
    ResponseEntity<MeetingJson> schedule(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody MeetingRequest request) {
        var details = MeetingDetails.of(
                request.type(),
                request.startsAt(),
                request.endsAt(),
                request.timeZone(),
                request.place(),
                request.videoUrl(),
                request.agenda() == null
                        ? null
                        : request.agenda().stream()
                                .map(t -> new AgendaItem(false, t.strip()))
                                .toList());
        var meeting = meetings.schedule(workspace, id, details, !Boolean.FALSE.equals(request.listenFirst()));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(meeting));
    }

    @GetMapping("/meetings/{id}")
    @ETagged
    @Operation(summary = "One meeting")
    ResponseEntity<MeetingJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        return tagged(meetings.get(workspace, id));
    }

    @GetMapping(value = "/meetings/{id}/ics", produces = "text/calendar")
    @Operation(
            summary = "One meeting as an iCalendar (RFC 5545) file",
            description =
                    "With its time zone (VTIMEZONE), organiser and attendees; the same UID as in the calendar feed.")
    ResponseEntity<String> ics(WorkspaceContext workspace, @PathVariable UUID id) {
        return CalendarController.ics(calendars.meeting(workspace, id, LocaleContextHolder.getLocale()), id);
    }

    @PatchMapping("/meetings/{id}")
    @ETagged
    @Transactional
    @Operation(
            summary = "Change a meeting, keep its notes and decisions, or mark it held",
            description = "held: true "
                    + "updates the partnership's last contact and cadence; a meeting not started yet or already held is 409. "
                    + "Answers the new version's ETag; with If-Match, a meeting changed meanwhile is 412 and nothing is "
                    + "written; without it, a change that races another (two note-takers at once) is 409, never lost.")
    ResponseEntity<MeetingJson> patch(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody MeetingPatch patch) {
        Meeting before = meetings.get(workspace, id);
        BasedOn based = ifMatch.orRead(before.version());
        Meeting meeting = null;
        if (patch.replans()) {
            meeting = meetings.replan(
                    workspace,
                    id,
                    based,
                    MeetingDetails.of(
                            Objects.requireNonNullElse(patch.type(), before.type()),
                            Objects.requireNonNullElse(
                                    patch.startsAt(), before.localStart().toString()),
                            Objects.requireNonNullElse(
                                    patch.endsAt(), before.localEnd().toString()),
                            Objects.requireNonNullElse(
                                    patch.timeZone(), before.zone().getId()),
                            patch.place() != null ? patch.place() : before.place(),
                            patch.videoUrl() != null ? patch.videoUrl() : before.videoUrl(),
                            null));
        }
        if (patch.notes() != null || patch.decisions() != null) {
            meeting = meetings.minutes(
                    workspace,
                    id,
                    meeting == null ? based : BasedOn.read(meeting.version()),
                    patch.notes(),
                    patch.decisions());
        }
        if (Boolean.TRUE.equals(patch.held())) {
            if (meeting == null && based.version() != before.version()) {
                meetings.minutes(workspace, id, based, null, null); // refuses: changed since If-Match
            }
            meeting = meetings.hold(workspace, id);
        }
        return tagged(meeting != null ? meeting : meetings.get(workspace, id));
    }

    private ResponseEntity<MeetingJson> tagged(Meeting meeting) {
        return ETags.ok(json(meeting), meeting.version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/meetings/{id}")
    @Operation(summary = "Delete a meeting (its action items stay as commitments)")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        meetings.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/meetings/{id}/attendance")
    @Operation(summary = "Every participant of the partnership with their attendance (null: not recorded)")
    List<AttendanceJson> attendance(WorkspaceContext workspace, @PathVariable UUID id) {
        return meetings.attendance(workspace, id).stream()
                .map(AttendanceJson::of)
                .toList();
    }

    @PutMapping("/meetings/{id}/attendance")
    @Operation(
            summary = "Record one participant's attendance: ATTENDED, ABSENT or EXCUSED",
            description =
                    "participantId is a participant of the meeting's partnership (either side); anyone else is 400.")
    List<AttendanceJson> attend(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody AttendanceRequest request) {
        return meetings.attend(workspace, id, request.participantId(), request.status()).stream()
                .map(AttendanceJson::of)
                .toList();
    }

    private MeetingJson json(Meeting meeting) {
        return MeetingJson.of(
                meeting, messages.getMessage("rhythm.agenda.listenFirst", null, LocaleContextHolder.getLocale()));
    }
}
