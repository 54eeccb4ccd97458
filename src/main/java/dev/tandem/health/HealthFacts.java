package dev.tandem.health;

import dev.tandem.feedback.RatingFact;
import dev.tandem.feedback.StoryFact;
import dev.tandem.ledger.ContributionFact;
import dev.tandem.ledger.Unit;
import dev.tandem.recognition.MilestoneFact;
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
 * @param unit the unit contributions are valued in
 * @param contributions each side's contributions, valued in {@code unit}
 * @param milestones the milestones reached, latest first, with their first kudos
 * @param contractsWithoutExitTerms the titles of its contracts that say nothing about how they end
 * @param ratings the pulse ratings given, oldest first
 * @param stories the stories told (by either side), oldest first: evidence of growing together
 * @param goalsMissingVoices active shared goals whose consultations miss a voice (evidence only, never scored)
 */
record HealthFacts(
        Instant createdAt,
        @Nullable Instant lastContactedAt,
        int idealDays,
        int maxDays,
        List<MeetingHeld> meetings,
        List<CommitmentFact> commitments,
        int activeGoals,
        int alignedGoals,
        Unit unit,
        List<ContributionFact> contributions,
        List<MilestoneFact> milestones,
        List<String> contractsWithoutExitTerms,
        List<RatingFact> ratings,
        List<StoryFact> stories,
        int goalsMissingVoices) {

    HealthFacts {
        meetings = List.copyOf(meetings);
        commitments = List.copyOf(commitments);
        contributions = List.copyOf(contributions);
        milestones = List.copyOf(milestones);
        contractsWithoutExitTerms = List.copyOf(contractsWithoutExitTerms);
        ratings = List.copyOf(ratings);
        stories = List.copyOf(stories);
    }

    /** Without stories. */
    HealthFacts(
            Instant createdAt,
            @Nullable Instant lastContactedAt,
            int idealDays,
            int maxDays,
            List<MeetingHeld> meetings,
            List<CommitmentFact> commitments,
            int activeGoals,
            int alignedGoals,
            Unit unit,
            List<ContributionFact> contributions,
            List<MilestoneFact> milestones,
            List<String> contractsWithoutExitTerms,
            List<RatingFact> ratings) {
        this(
                createdAt,
                lastContactedAt,
                idealDays,
                maxDays,
                meetings,
                commitments,
                activeGoals,
                alignedGoals,
                unit,
                contributions,
                milestones,
                contractsWithoutExitTerms,
                ratings,
                List.of(),
                0);
    }

    /** Without contributions, milestones and contracts. */
    HealthFacts(
            Instant createdAt,
            @Nullable Instant lastContactedAt,
            int idealDays,
            int maxDays,
            List<MeetingHeld> meetings,
            List<CommitmentFact> commitments,
            int activeGoals,
            int alignedGoals) {
        this(
                createdAt,
                lastContactedAt,
                idealDays,
                maxDays,
                meetings,
                commitments,
                activeGoals,
                alignedGoals,
                Unit.HOURS,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** With contracts, without contributions and milestones. */
    HealthFacts(
            Instant createdAt,
            @Nullable Instant lastContactedAt,
            int idealDays,
            int maxDays,
            List<MeetingHeld> meetings,
            List<CommitmentFact> commitments,
            int activeGoals,
            int alignedGoals,
            List<String> contractsWithoutExitTerms) {
        this(
                createdAt,
                lastContactedAt,
                idealDays,
                maxDays,
                meetings,
                commitments,
                activeGoals,
                alignedGoals,
                Unit.HOURS,
                List.of(),
                List.of(),
                contractsWithoutExitTerms,
                List.of());
    }

    HealthFacts giving(Unit unit, List<ContributionFact> contributions, List<MilestoneFact> milestones) {
        return with(unit, contributions, milestones, ratings, stories, goalsMissingVoices);
    }

    HealthFacts rating(List<RatingFact> ratings) {
        return with(unit, contributions, milestones, ratings, stories, goalsMissingVoices);
    }

    HealthFacts told(List<StoryFact> stories) {
        return with(unit, contributions, milestones, ratings, stories, goalsMissingVoices);
    }

    /** With how many active shared goals miss a voice in their consultations. */
    HealthFacts voices(int goalsMissingVoices) {
        return with(unit, contributions, milestones, ratings, stories, goalsMissingVoices);
    }

    /** These facts with what the other modules added (each wither above changes its own part). */
    private HealthFacts with(
            Unit unit,
            List<ContributionFact> contributions,
            List<MilestoneFact> milestones,
            List<RatingFact> ratings,
            List<StoryFact> stories,
            int goalsMissingVoices) {
        return new HealthFacts(
                createdAt,
                lastContactedAt,
                idealDays,
                maxDays,
                meetings,
                commitments,
                activeGoals,
                alignedGoals,
                unit,
                contributions,
                milestones,
                contractsWithoutExitTerms,
                ratings,
                stories,
                goalsMissingVoices);
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

    record MeetingHeld(Instant heldAt, Presence presence) {}
}
