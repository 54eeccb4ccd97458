package dev.tandem.rhythm;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An open commitment's due date moved later, from {@code slippedFrom} to {@code dueOn}. */
public record CommitmentSlipped(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID commitmentId,
        OwnerSide side,
        String what,
        LocalDate slippedFrom,
        LocalDate dueOn,
        Actor actor,
        Instant occurredAt)
        implements CommitmentEvent {

    @Override
    public String messageKey() {
        return "timeline.rhythm.commitment.slipped." + side.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(what), TimelineArgument.day(slippedFrom), TimelineArgument.day(dueOn));
    }
}
