package dev.tandem.feedback;

import dev.tandem.feedback.PulseService.Pick;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partnership's pulse schedule: a round to the chosen people every few weeks, sent on behalf of the member who set
 * it, and one reminder to those who have not answered after a few days.
 *
 * @param nextAt when the next round goes out
 * @param lastSentAt when the schedule last sent one; null before the first
 */
public record PulseSchedule(
        UUID partnershipId,
        int everyWeeks,
        int remindAfterDays,
        List<Pick> people,
        UserId scheduledBy,
        Instant nextAt,
        @Nullable Instant lastSentAt,
        Instant updatedAt,
        long version) {

    public static final int MAX_WEEKS = 52;
    /** A reminder comes before the round's links expire. */
    public static final int MAX_REMIND_DAYS = Round.DEFAULT_DAYS - 1;

    public static final int DEFAULT_REMIND_DAYS = 5;

    public PulseSchedule {
        people = List.copyOf(people);
    }

    /** Whether this person is among those the schedule sends to. */
    public boolean includes(Candidate c) {
        return people.stream()
                .anyMatch(p -> p.kind() == c.kind() && p.personId().equals(c.personId()));
    }
}
