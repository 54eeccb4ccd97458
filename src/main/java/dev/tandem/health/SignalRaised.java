package dev.tandem.health;

import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * A warning signal (high or medium) appeared on a partnership's health that its last computation did not have:
 * published inside the recomputing transaction, with the evidence behind it, for the partnership's owner to hear of.
 */
public record SignalRaised(
        WorkspaceId workspaceId,
        UUID partnershipId,
        String partnershipName,
        UserId ownerId,
        SignalType type,
        Severity severity,
        Evidence evidence,
        Instant occurredAt) {}
