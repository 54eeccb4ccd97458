package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.PartnershipChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of a partnership: plan them, keep their notes and decisions, record who came, and mark
 * them held. Every method acts as the member of {@code context}; an id outside its workspace is 404.
 */
@Service
public class MeetingService {

    private final Meetings meetings;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(Meetings meetings, PartnershipService partnerships, PartnershipParticipants participants,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.partnerships = partnerships;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Plans a meeting. A check-in opens with the "listen first" round unless {@code listenFirst} is
     * false: each side says how the partnership feels before any problem-solving.
     */
    @Transactional
    public Meeting schedule(WorkspaceContext context, UUID partnershipId, MeetingDetails details, boolean listenFirst) {
        partnerships.require(context, partnershipId);
        var meeting = Meeting.plan(partnershipId, details, listenFirst, context.userId(), now());
        meetings.insert(context.workspaceId(), meeting);
        return meeting;
    }

    /** The latest first. */
    public Page<Meeting> list(WorkspaceContext context, UUID partnershipId, PageRequest page) {
        partnerships.require(context, partnershipId);
        return Page.of(meetings.of(context.workspaceId(), partnershipId, page), page, Meeting::id);
    }

    public Meeting get(WorkspaceContext context, UUID id) {
        return meetings.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("rhythm.meeting.notFound"));
    }

    @Transactional
    public Meeting replan(WorkspaceContext context, UUID id, MeetingDetails details) {
        Meeting after = get(context, id).with(details);
        meetings.update(context.workspaceId(), after);
        return after;
    }

    /** Keeps the notes and decisions as they are typed; {@code null} leaves one as it is. */
    @Transactional
    public Meeting minutes(WorkspaceContext context, UUID id, @org.jspecify.annotations.Nullable String notes,
            @org.jspecify.annotations.Nullable String decisions) {
        Meeting after = get(context, id).minutes(notes, decisions);
        meetings.update(context.workspaceId(), after);
        return after;
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        Meeting meeting = get(context, id);
        meetings.delete(context.workspaceId(), id);
        changedIfHeld(context, meeting);
    }

    /** Health reads held meetings only: one still to be held, or its attendance, changes none of its facts. */
    private void changedIfHeld(WorkspaceContext context, Meeting meeting) {
        if (meeting.held()) {
            events.publishEvent(new PartnershipChanged(context.workspaceId(), meeting.partnershipId()));
        }
    }

    /** Every participant of the partnership, ours then theirs, with what is recorded for this meeting. */
    public List<Attendance> attendance(WorkspaceContext context, UUID id) {
        Meeting meeting = get(context, id);
        return attendance(context, meeting, participants.ofKnown(context, meeting.partnershipId()));
    }

    private List<Attendance> attendance(WorkspaceContext context, Meeting meeting, List<ParticipantView> everyone) {
        var recorded = meetings.attendance(context.workspaceId(), meeting.id());
        return everyone.stream()
                .sorted(java.util.Comparator.comparing((ParticipantView v) -> v.participant().side()))
                .map(v -> new Attendance(v.participant().id(), v.participant().side(), v.participant().personId(),
                        v.name(), recorded.get(v.participant().id()))).toList();
    }

    /** Records one participant's attendance; someone who is not a participant of the partnership is 400. */
    @Transactional
    public List<Attendance> attend(WorkspaceContext context, UUID id, UUID participantId, AttendanceStatus status) {
        Meeting meeting = get(context, id);
        var everyone = participants.ofKnown(context, meeting.partnershipId());
        if (everyone.stream().noneMatch(v -> v.participant().id().equals(participantId))) {
            throw new InvalidInput("rhythm.attendance.notParticipant").on("participantId");
        }
        meetings.attend(context.workspaceId(), id, participantId, status);
        changedIfHeld(context, meeting);
        return attendance(context, meeting, everyone);
    }

    /**
     * Marks the meeting held: an interaction with the other side, on the partnership's timeline and on
     * those of the contacts who attended, at the meeting's end (or now, when it is still going on). It
     * moves "last contacted" and restarts the cadence. A meeting not started yet, or already held, is 409.
     */
    @Transactional
    public Meeting hold(WorkspaceContext context, UUID id) {
        Meeting after = get(context, id).hold(now());
        if (!meetings.held(context.workspaceId(), after)) {
            throw new Conflict("rhythm.meeting.alreadyHeld");
        }
        var came = attendance(context, after, participants.ofKnown(context, after.partnershipId())).stream()
                .filter(a -> a.status() == AttendanceStatus.ATTENDED).toList();
        events.publishEvent(new MeetingHeld(context.workspaceId(), after.partnershipId(), after.id(), after.type(),
                came.stream().map(a -> Objects.requireNonNullElse(a.name(), "?")).toList(),
                came.stream().filter(a -> a.side() == Side.THEIRS).map(Attendance::personId).toList(),
                context.actor(), Objects.requireNonNull(after.heldAt())));
        return after;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
