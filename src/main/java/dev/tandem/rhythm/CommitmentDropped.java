package dev.tandem.rhythm;

import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A commitment was dropped: it will not be delivered. */
public record CommitmentDropped(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID commitmentId,
        OwnerSide side,
        String what,
        LocalDate dueOn,
        Actor actor,
        Instant occurredAt)
        implements CommitmentEvent {

    @Override
    public String messageKey() {
        return "timeline.rhythm.commitment.dropped." + side.name();
    }
}
