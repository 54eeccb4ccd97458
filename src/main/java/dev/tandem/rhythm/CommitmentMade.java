package dev.tandem.rhythm;

import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One side promised something by a date, directly or as a meeting's action item. */
public record CommitmentMade(
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
        return "timeline.rhythm.commitment.made." + side.name();
    }
}
