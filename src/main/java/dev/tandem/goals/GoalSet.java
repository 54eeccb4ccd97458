package dev.tandem.goals;

import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A shared goal was set for a partnership. */
public record GoalSet(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID goalId,
        @Nullable UUID theirOwner,
        String title,
        Actor actor,
        Instant occurredAt)
        implements GoalEvent {

    @Override
    public String messageKey() {
        return "timeline.goal.set";
    }
}
