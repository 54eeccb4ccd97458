package dev.tandem.goals;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A value of a shared goal's key result was recorded: {@code value} {@code unit} of {@code metric}. */
public record KeyResultMeasured(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID goalId,
        @Nullable UUID theirOwner,
        String title,
        UUID keyResultId,
        String metric,
        BigDecimal value,
        String unit,
        Actor actor,
        Instant occurredAt)
        implements GoalEvent {

    @Override
    public String messageKey() {
        return "timeline.goal.measured";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(
                TimelineArgument.text(metric),
                TimelineArgument.decimal(value),
                TimelineArgument.text(unit),
                TimelineArgument.text(title));
    }
}
