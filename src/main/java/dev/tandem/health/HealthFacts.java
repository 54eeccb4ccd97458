package dev.tandem.health;

import dev.tandem.rhythm.RhythmFacts.CommitmentFact;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the index reads about one partnership, gathered from the modules that own it.
 *
 * @param meetings the meetings held, latest first, with how the partner side attended each
 * @param activeGoals active shared goals (alignment is judged on the goals as they stand)
 * @param alignedGoals how many of them are owned on both sides and serve a goal of each side
 * @param contractsWithoutExitTerms the titles of its contracts that say nothing about how they end
 */
record HealthFacts(Instant createdAt, @Nullable Instant lastContactedAt, int idealDays, int maxDays,
        List<MeetingHeld> meetings, List<CommitmentFact> commitments, int activeGoals, int alignedGoals,
        List<String> contractsWithoutExitTerms) {

    HealthFacts {
        meetings = List.copyOf(meetings);
        commitments = List.copyOf(commitments);
        contractsWithoutExitTerms = List.copyOf(contractsWithoutExitTerms);
    }

    /** Facts of a partnership with no contract. */
    HealthFacts(Instant createdAt, @Nullable Instant lastContactedAt, int idealDays, int maxDays,
            List<MeetingHeld> meetings, List<CommitmentFact> commitments, int activeGoals, int alignedGoals) {
        this(createdAt, lastContactedAt, idealDays, maxDays, meetings, commitments, activeGoals, alignedGoals, List.of());
    }

    /** How the partner side took part in a held meeting. */
    enum Presence {
        /** at least one of them attended */
        ATTENDED,
        /** none attended and at least one was absent without excuse */
        MISSED,
        /** none attended, all excused */
        EXCUSED,
        /** no attendance taken for their side */
        UNKNOWN
    }

    record MeetingHeld(Instant heldAt, Presence presence) {
    }
}
