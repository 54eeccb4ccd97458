package dev.tandem.rhythm;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.PartnershipChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
    private final ConcurrentChanges changes;

    MeetingService(
            Meetings meetings,
            PartnershipService partnerships,
            PartnershipParticipants participants,
            ApplicationEventPublisher events,
            Clock clock,
            ConcurrentChanges changes) {
        this.changes = changes;
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

    /** Changes when, where and how the meeting happens, if it still has version {@code basedOn} (null: any). */
    @Transactional
    public Meeting replan(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, MeetingDetails details) {
        Meeting before = get(context, id);
        return save(context, before, basedOn, before.with(details));
    }

    /**
     * Keeps the notes and decisions as they are typed, if the meeting still has version {@code basedOn} (null:
     * the version read now); {@code null} leaves one as it is.
     */
    @Transactional
    public Meeting minutes(
            WorkspaceContext context,
            UUID id,
            @Nullable BasedOn basedOn,
            @Nullable String notes,
            @Nullable String decisions) {
        Meeting before = get(context, id);
        return save(context, before, basedOn, before.minutes(notes, decisions));
    }

    /** Whose eyes the notes and decisions of each of the partnership's meetings are for. */
    public Map<UUID, Visibility> notesVisibilities(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        return meetings.notesVisibilities(context.workspaceId(), partnershipId);
    }

    /** Shows the meeting's notes and decisions to the partner's guests, or keeps them to the team; on the timeline. */
    @Transactional
    public void changeNotesVisibility(WorkspaceContext context, UUID id, Visibility visibility) {
        Meeting meeting = get(context, id);
        if (meetings.changeNotesVisibility(context.workspaceId(), id, visibility)) {
            events.publishEvent(new MeetingNotesVisibilityChanged(
                    context.workspaceId(),
                    meeting.partnershipId(),
                    id,
                    meeting.startsAt(),
                    visibility,
                    context.actor(),
                    now()));
        }
    }

    /**
     * Writes {@code after} over {@code before}, if the meeting still has the version {@code basedOn} (null: the
     * version of {@code before}); a version that no longer holds writes nothing and is refused, naming who changed
     * the meeting and which fields now differ from {@code after}.
     */
    Meeting save(WorkspaceContext context, Meeting before, @Nullable BasedOn basedOn, Meeting after) {
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        var written = after.written(context.userId(), now());
        if (based.version() != before.version() || !meetings.update(context.workspaceId(), written, based.version())) {
            Meeting current = get(context, before.id());
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current, after));
        }
        return written;
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
        var replies =
                meetings.repliesOf(context.workspaceId(), List.of(meeting.id())).getOrDefault(meeting.id(), Map.of());
        return everyone.stream()
                .sorted(Comparator.comparing(
                        (ParticipantView v) -> v.participant().side()))
                .map(v -> new Attendance(
                        v.participant().id(),
                        v.participant().side(),
                        v.participant().personId(),
                        v.name(),
                        recorded.get(v.participant().id()),
                        replies.get(v.participant().id())))
                .toList();
    }

    /**
     * A participant's answer to a meeting still ahead: coming or not. A meeting already held or started is 400, as
     * is someone who is not a participant of the partnership.
     */
    @Transactional
    public List<Attendance> reply(WorkspaceContext context, UUID id, UUID participantId, Reply reply) {
        Meeting meeting = get(context, id);
        if (!meeting.ahead(now())) {
            throw new InvalidInput("rhythm.reply.past").on("reply");
        }
        var everyone = participants.ofKnown(context, meeting.partnershipId());
        if (everyone.stream().noneMatch(v -> v.participant().id().equals(participantId))) {
            throw new InvalidInput("rhythm.attendance.notParticipant").on("participantId");
        }
        meetings.reply(context.workspaceId(), id, participantId, reply, now());
        return attendance(context, meeting, everyone);
    }

    /** Each meeting's reply of one participant (meetings without one are left out). */
    public Map<UUID, Reply> replies(WorkspaceContext context, UUID participantId, Collection<UUID> meetingIds) {
        var replies = new HashMap<UUID, Reply>();
        meetings.repliesOf(context.workspaceId(), meetingIds).forEach((meeting, byParticipant) -> {
            Reply reply = byParticipant.get(participantId);
            if (reply != null) {
                replies.put(meeting, reply);
            }
        });
        return replies;
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
                .filter(a -> a.status() == AttendanceStatus.ATTENDED)
                .toList();
        events.publishEvent(new MeetingHeld(
                context.workspaceId(),
                after.partnershipId(),
                after.id(),
                after.type(),
                came.stream()
                        .map(a -> Objects.requireNonNullElse(a.name(), "?"))
                        .toList(),
                came.stream()
                        .filter(a -> a.side() == Side.THEIRS)
                        .map(Attendance::personId)
                        .toList(),
                context.actor(),
                Objects.requireNonNull(after.heldAt())));
        return after;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
