package dev.tandem.goals;

import dev.tandem.partnerships.Side;
import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone of one side was consulted on a shared goal ({@code who}, on {@code consultedOn}). */
public record VoiceConsulted(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID goalId,
        @Nullable UUID theirOwner,
        String title,
        Side side,
        String who,
        LocalDate consultedOn,
        Actor actor,
        Instant occurredAt)
        implements GoalEvent {

    @Override
    public String messageKey() {
        return side == Side.OURS ? "timeline.goal.consulted.ours" : "timeline.goal.consulted.theirs";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(who), TimelineArgument.text(title), TimelineArgument.day(consultedOn));
    }
}
