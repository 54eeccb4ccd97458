package dev.tandem.rhythm;

import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A commitment was delivered on {@code doneOn}: on time when that is not after its due date, late otherwise. */
public record CommitmentDelivered(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID commitmentId,
        OwnerSide side,
        String what,
        LocalDate dueOn,
        LocalDate doneOn,
        Actor actor,
        Instant occurredAt)
        implements CommitmentEvent {

    public boolean onTime() {
        return !doneOn.isAfter(dueOn);
    }

    @Override
    public String messageKey() {
        return (onTime() ? "timeline.rhythm.commitment.delivered." : "timeline.rhythm.commitment.deliveredLate.")
                + side.name();
    }
}
