package dev.tandem.health;

import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A partnership's health now shows a signal its last computation did not (its facts changed, or the day turned),
 * with the evidence behind it; a partnership's first computation tells of nothing. Published inside the recomputing
 * transaction, for the partnership's owner to hear of and for webhooks.
 */
public record SignalRaised(
        WorkspaceId workspaceId,
        UUID partnershipId,
        String partnershipName,
        UserId ownerId,
        SignalType type,
        Severity severity,
        Evidence evidence,
        Instant occurredAt)
        implements DomainEvent {}
