package dev.tandem.rhythm;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.PartnershipChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments each side makes, made directly or as a meeting's action items, and the reliability of
 * each side drawn from them. Every change is on the partnership's timeline. Dates are days in UTC.
 */
@Service
public class CommitmentService {

    /**
     * Which open commitments a workspace-wide list shows: overdue, due this week (today and the next 6 days),
     * both of these (due), or all open ones.
     */
    public enum Due {
        OVERDUE,
        DUE_THIS_WEEK,
        DUE,
        OPEN
    }

    private final Commitments commitments;
    private final MeetingService meetings;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ConcurrentChanges changes;

    CommitmentService(
            Commitments commitments,
            MeetingService meetings,
            PartnershipService partnerships,
            PartnershipParticipants participants,
            ApplicationEventPublisher events,
            Clock clock,
            ConcurrentChanges changes) {
        this.changes = changes;
        this.commitments = commitments;
        this.meetings = meetings;
        this.partnerships = partnerships;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Commitment make(WorkspaceContext context, UUID partnershipId, CommitmentDraft draft) {
        partnerships.require(context, partnershipId);
        return insert(context, partnershipId, null, draft);
    }

    /** An action item of a meeting: a commitment that remembers the meeting it came from. */
    @Transactional
    public Commitment actionItem(WorkspaceContext context, UUID meetingId, CommitmentDraft draft) {
        Meeting meeting = meetings.get(context, meetingId);
        return insert(context, meeting.partnershipId(), meetingId, draft);
    }

    public List<Commitment> actionItems(WorkspaceContext context, UUID meetingId) {
        meetings.get(context, meetingId);
        return commitments.ofMeeting(context.workspaceId(), meetingId);
    }

    /** Oldest first. */
    public Page<Commitment> list(WorkspaceContext context, UUID partnershipId, PageRequest page) {
        partnerships.require(context, partnershipId);
        return Page.of(commitments.of(context.workspaceId(), partnershipId, page), page, Commitment::id);
    }

    public Commitment get(WorkspaceContext context, UUID id) {
        return commitments
                .find(context.workspaceId(), id)
                .orElseThrow(() -> new NotFound("rhythm.commitment.notFound"));
    }

    /** Open commitments of the whole workspace, soonest due first. */
    public Page<Commitment> due(WorkspaceContext context, Due which, @Nullable OwnerSide side, PageRequest page) {
        LocalDate today = today();
        var rows = switch (which) {
            case OVERDUE -> commitments.open(context.workspaceId(), null, today, side, page);
            case DUE_THIS_WEEK -> commitments.open(context.workspaceId(), today, today.plusDays(7), side, page);
            case DUE -> commitments.open(context.workspaceId(), null, today.plusDays(7), side, page);
            case OPEN -> commitments.open(context.workspaceId(), null, null, side, page);
        };
        return Page.of(rows, page, Commitment::id);
    }

    /**
     * Changes a commitment. Marking it DONE keeps the done date (today by default); reopening or dropping clears
     * it. On the timeline: delivered (on time or late), dropped, or slipped when an open commitment's due date
     * moves later; any other change still moves the partnership's facts.
     */
    @Transactional
    public Commitment change(WorkspaceContext context, UUID id, CommitmentChange change) {
        return change(context, id, null, change);
    }

    /**
     * Changes a commitment as {@link #change(WorkspaceContext, UUID, CommitmentChange)} does, if it still has the
     * version {@code basedOn} (null: the version read now); a version that no longer holds writes nothing and is
     * refused, naming who changed it and which fields now differ.
     */
    @Transactional
    public Commitment change(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, CommitmentChange change) {
        Commitment before = get(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        LocalDate today = today();
        @Nullable
        UUID owner = change.ownerId() == null
                ? before.ownerId()
                : owner(context, before.partnershipId(), before.ownerSide(), change.ownerId());
        Commitment after = before.describe(Objects.requireNonNullElse(change.what(), before.what()), owner)
                .reschedule(Objects.requireNonNullElse(change.dueOn(), before.dueOn()));
        CommitmentStatus status = Objects.requireNonNullElse(change.status(), before.status());
        after = switch (status) {
            case OPEN -> after.reopen();
            case DROPPED -> after.drop();
            case DONE ->
                after.deliver(
                        change.doneOn() != null
                                ? change.doneOn()
                                : before.status() == CommitmentStatus.DONE
                                        ? Objects.requireNonNull(before.doneOn())
                                        : today,
                        today);
        };
        Instant now = now();
        after = after.written(context.userId(), now);
        if (based.version() != before.version() || !commitments.update(context.workspaceId(), after, based.version())) {
            Commitment current = get(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current, after));
        }
        var ws = context.workspaceId();
        if (status != before.status() && status == CommitmentStatus.DONE) {
            events.publishEvent(new CommitmentDelivered(
                    ws,
                    after.partnershipId(),
                    id,
                    after.ownerSide(),
                    after.what(),
                    after.dueOn(),
                    Objects.requireNonNull(after.doneOn()),
                    context.actor(),
                    now));
        } else if (status != before.status() && status == CommitmentStatus.DROPPED) {
            events.publishEvent(new CommitmentDropped(
                    ws,
                    after.partnershipId(),
                    id,
                    after.ownerSide(),
                    after.what(),
                    after.dueOn(),
                    context.actor(),
                    now));
        } else if (after.slippedFrom(before)) {
            events.publishEvent(new CommitmentSlipped(
                    ws,
                    after.partnershipId(),
                    id,
                    after.ownerSide(),
                    after.what(),
                    before.dueOn(),
                    after.dueOn(),
                    context.actor(),
                    now));
        } else {
            events.publishEvent(new PartnershipChanged(context.workspaceId(), after.partnershipId()));
        }
        return after;
    }

    /**
     * Each side's reliability over the last {@value Reliability#WINDOW_DAYS} days, with the facts behind
     * it (how many were due, how many delivered on time). Read by the health index.
     */
    public Reliability reliability(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        LocalDate today = today();
        LocalDate from = today.minusDays(Reliability.WINDOW_DAYS);
        var counted = commitments.dueBetween(context.workspaceId(), partnershipId, from, today).stream()
                .filter(c -> c.dueOn().isBefore(today) || c.status() != CommitmentStatus.OPEN)
                .toList();
        return new Reliability(from, today, side(counted, OwnerSide.US), side(counted, OwnerSide.THEM));
    }

    /** Today, as commitments count days: in UTC. */
    public LocalDate today() {
        return today(clock);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Reliability.Side side(List<Commitment> counted, OwnerSide side) {
        var mine = counted.stream().filter(c -> c.ownerSide() == side).toList();
        return new Reliability.Side(side, mine.size(), (int)
                mine.stream().filter(Commitment::onTime).count());
    }

    private Commitment insert(
            WorkspaceContext context, UUID partnershipId, @Nullable UUID meetingId, CommitmentDraft draft) {
        UUID owner = draft.ownerId() == null ? null : owner(context, partnershipId, draft.ownerSide(), draft.ownerId());
        var c = Commitment.make(
                partnershipId,
                meetingId,
                draft.what(),
                draft.ownerSide(),
                owner,
                draft.dueOn(),
                context.userId(),
                now());
        commitments.insert(context.workspaceId(), c);
        events.publishEvent(new CommitmentMade(
                context.workspaceId(),
                partnershipId,
                c.id(),
                c.ownerSide(),
                c.what(),
                c.dueOn(),
                context.actor(),
                c.createdAt()));
        return c;
    }

    /** The owner must be a participant of the partnership on the owning side (400 otherwise). */
    private UUID owner(WorkspaceContext context, UUID partnershipId, OwnerSide side, UUID participantId) {
        Side expected = side == OwnerSide.US ? Side.OURS : Side.THEIRS;
        boolean ok = participants.ofKnown(context, partnershipId).stream()
                .map(ParticipantView::participant)
                .anyMatch(p -> p.id().equals(participantId) && p.side() == expected);
        if (!ok) {
            throw new InvalidInput("rhythm.commitment.owner").on("ownerId");
        }
        return participantId;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
