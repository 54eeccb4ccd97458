package dev.tandem.ledger;

import dev.tandem.goals.GoalService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.recognition.MilestoneService;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PartnershipChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What the ledger services share: the partnership, participant, goal and milestone checks, the clock, events. */
@Component
class LedgerSupport {

    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final GoalService goals;
    private final MilestoneService milestones;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerSupport(
            PartnershipService partnerships,
            PartnershipParticipants participants,
            GoalService goals,
            MilestoneService milestones,
            ApplicationEventPublisher events,
            Clock clock) {
        this.partnerships = partnerships;
        this.participants = participants;
        this.goals = goals;
        this.milestones = milestones;
        this.events = events;
        this.clock = clock;
    }

    /** 404 unless the partnership is in the context's workspace. */
    void requirePartnership(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
    }

    /**
     * 400 unless the person is a participant of the entry's side, the goal a shared goal and the milestone a
     * milestone of the same partnership.
     */
    void check(WorkspaceContext context, UUID partnershipId, EntryDetails details) {
        if (details.personId() != null
                && !people(context, partnershipId).containsKey(key(details.side(), details.personId()))) {
            throw new InvalidInput("ledger.person.notParticipant").on("personId");
        }
        if (details.goalId() != null
                && !belongs(() -> goals.goal(context, details.goalId()).partnershipId(), partnershipId)) {
            throw new InvalidInput("ledger.goal.unknown").on("goalId");
        }
        if (details.milestoneId() != null
                && !belongs(
                        () -> milestones
                                .milestone(context, details.milestoneId())
                                .partnershipId(),
                        partnershipId)) {
            throw new InvalidInput("ledger.milestone.unknown").on("milestoneId");
        }
    }

    private static boolean belongs(Supplier<UUID> partnershipOf, UUID partnershipId) {
        try {
            return partnershipOf.get().equals(partnershipId);
        } catch (NotFound gone) {
            return false;
        }
    }

    /** The participants of a partnership by side and person, with their names. */
    Map<String, String> people(WorkspaceContext context, UUID partnershipId) {
        return participantList(context, partnershipId).stream()
                .collect(Collectors.toMap(
                        v -> key(side(v.participant().side()), v.participant().personId()),
                        v -> v.name() == null ? "" : v.name(),
                        (a, b) -> a));
    }

    List<ParticipantView> participantList(WorkspaceContext context, UUID partnershipId) {
        return participants.ofKnown(context, partnershipId);
    }

    static String key(LedgerSide side, UUID person) {
        return side.name() + ":" + person;
    }

    static LedgerSide side(Side side) {
        return side == Side.OURS ? LedgerSide.US : LedgerSide.THEM;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void contributed(WorkspaceContext context, Entry entry) {
        var d = entry.details();
        events.publishEvent(new ContributionRecorded(
                context.workspaceId(),
                entry.partnershipId(),
                entry.id(),
                d.side(),
                d.kind(),
                d.description(),
                d.amount(),
                d.currency() == null ? null : d.currency().getCurrencyCode(),
                d.side() == LedgerSide.THEM ? d.personId() : null,
                context.actor(),
                entry.createdAt()));
    }

    /** The balance changed without a timeline line (for the health index). */
    void changed(WorkspaceContext context, UUID partnershipId) {
        events.publishEvent(new PartnershipChanged(context.workspaceId(), partnershipId));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    static @Nullable String name(Map<String, String> people, EntryDetails d) {
        return d.personId() == null ? null : people.get(key(d.side(), d.personId()));
    }
}
