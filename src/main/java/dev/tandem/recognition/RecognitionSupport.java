package dev.tandem.recognition;

import dev.tandem.goals.GoalService;
import dev.tandem.goals.KeyResultService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PartnershipChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What the recognition services share: the partnership, participant and goal checks, the clock, and events. */
@Component
class RecognitionSupport {

    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final GoalService goals;
    private final KeyResultService keyResults;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecognitionSupport(
            PartnershipService partnerships,
            PartnershipParticipants participants,
            GoalService goals,
            KeyResultService keyResults,
            ApplicationEventPublisher events,
            Clock clock) {
        this.partnerships = partnerships;
        this.participants = participants;
        this.goals = goals;
        this.keyResults = keyResults;
        this.events = events;
        this.clock = clock;
    }

    void requirePartnership(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
    }

    /** 400 on {@code field} unless every one of {@code people} is a participant of the partnership, on their side. */
    void requireParticipants(
            WorkspaceContext context, UUID partnershipId, Collection<Contributor> people, String field) {
        Set<Contributor> known = participants.ofKnown(context, partnershipId).stream()
                .map(v ->
                        new Contributor(v.participant().side(), v.participant().personId()))
                .collect(Collectors.toSet());
        if (!known.containsAll(people)) {
            throw new InvalidInput("recognition.person.notParticipant").on(field);
        }
    }

    /** 400 unless every goal and key result belongs to the partnership. */
    void requireLinks(WorkspaceContext context, UUID partnershipId, MilestoneDetails details) {
        for (UUID goal : details.goalIds()) {
            if (!belongs(() -> goals.goal(context, goal).partnershipId(), partnershipId)) {
                throw new InvalidInput("recognition.goal.unknown").on("goalIds");
            }
        }
        for (UUID kr : details.keyResultIds()) {
            if (!belongs(
                    () -> goals.goal(
                                    context,
                                    keyResults.get(context, kr).keyResult().goalId())
                            .partnershipId(),
                    partnershipId)) {
                throw new InvalidInput("recognition.keyResult.unknown").on("keyResultIds");
            }
        }
    }

    String goalTitle(WorkspaceContext context, UUID goal) {
        try {
            return goals.goal(context, goal).title();
        } catch (NotFound gone) {
            return "";
        }
    }

    String keyResultMetric(WorkspaceContext context, UUID kr) {
        try {
            return keyResults.get(context, kr).keyResult().details().metric();
        } catch (NotFound gone) {
            return "";
        }
    }

    private static boolean belongs(Supplier<UUID> partnershipOf, UUID partnershipId) {
        try {
            return partnershipOf.get().equals(partnershipId);
        } catch (NotFound gone) {
            return false;
        }
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    void changed(WorkspaceContext context, UUID partnershipId) {
        events.publishEvent(new PartnershipChanged(context.workspaceId(), partnershipId));
    }
}
