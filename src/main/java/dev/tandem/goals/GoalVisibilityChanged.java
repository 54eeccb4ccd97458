package dev.tandem.goals;

import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shared goal was shown to the partner's guests, or kept to the team from now on. */
public record GoalVisibilityChanged(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID goalId,
        String title,
        Visibility visibility,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId));
    }

    @Override
    public String messageKey() {
        return "timeline.goal.visibility." + visibility.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(title));
    }
}
