package dev.tandem.goals;

import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a shared goal, on its partnership's timeline and on that of the contact who owns it on their
 * side: set, achieved, dropped, reopened, a key result measured, or a voice consulted.
 */
public sealed interface GoalEvent extends TimelineEvent
        permits GoalSet, GoalAchieved, GoalDropped, GoalReopened, KeyResultMeasured, VoiceConsulted {

    UUID partnershipId();

    UUID goalId();

    /** The contact who owns the goal on their side, if any. */
    @Nullable
    UUID theirOwner();

    String title();

    @Override
    default List<TimelineSubject> subjects() {
        List<TimelineSubject> subjects = new ArrayList<>(List.of(TimelineSubject.partnership(partnershipId())));
        if (theirOwner() != null) {
            subjects.add(TimelineSubject.contact(theirOwner()));
        }
        return subjects;
    }

    @Override
    default List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(title()));
    }
}
