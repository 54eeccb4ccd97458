package dev.tandem.goals;

import java.util.List;
import java.util.UUID;

/**
 * How well a partnership's shared goals are aligned with what each side wants. Only ACTIVE shared goals are judged;
 * an own goal counts as served when a shared goal that is not DROPPED serves it.
 *
 * @param activeGoals the number of ACTIVE shared goals
 * @param alignedGoals how many of them have an owner on both sides and serve an own goal of each side
 * @param withoutOurOwner active goals with no owner on our side
 * @param withoutTheirOwner active goals with no owner on their side
 * @param servingNothingOfOurs active goals that serve no own goal of our side
 * @param servingNothingOfTheirs active goals that serve no own goal of their side
 * @param unservedOwnGoals own goals (of either side) that no shared goal serves
 * @param voicesMissing active goals whose consultations miss a voice, with which (shown, never scored)
 */
public record GoalAlignment(
        int activeGoals,
        int alignedGoals,
        List<GoalRef> withoutOurOwner,
        List<GoalRef> withoutTheirOwner,
        List<GoalRef> servingNothingOfOurs,
        List<GoalRef> servingNothingOfTheirs,
        List<OwnGoal> unservedOwnGoals,
        List<VoiceGap> voicesMissing) {

    /**
     * How many ACTIVE goals there are, how many of them are aligned, and how many miss a voice in their
     * consultations.
     */
    public record Counts(int activeGoals, int alignedGoals, int goalsMissingVoices) {}

    /** An active shared goal and whose voices its consultations miss. */
    public record VoiceGap(GoalRef goal, List<Consultation.Missing> missing) {

        public VoiceGap {
            missing = List.copyOf(missing);
        }
    }

    /** A shared goal, named. */
    public record GoalRef(UUID id, String title) {}

    public GoalAlignment {
        withoutOurOwner = List.copyOf(withoutOurOwner);
        withoutTheirOwner = List.copyOf(withoutTheirOwner);
        servingNothingOfOurs = List.copyOf(servingNothingOfOurs);
        servingNothingOfTheirs = List.copyOf(servingNothingOfTheirs);
        unservedOwnGoals = List.copyOf(unservedOwnGoals);
        voicesMissing = List.copyOf(voicesMissing);
    }

    /** Active goals that fail at least one of the checks. */
    public int misalignedGoals() {
        return activeGoals - alignedGoals;
    }

    /** True when nothing is missing: every active goal aligned and every own goal served. */
    public boolean isAligned() {
        return alignedGoals == activeGoals && unservedOwnGoals.isEmpty();
    }
}
