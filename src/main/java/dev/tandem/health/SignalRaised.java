package dev.tandem.health;

import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A partnership's health now shows a signal it did not show before its facts changed (or the day turned), with the
 * evidence behind it ({@code health.evidence.<evidenceKey>}). Published in the recomputing transaction.
 */
public record SignalRaised(
        WorkspaceId workspaceId,
        UUID partnershipId,
        SignalType type,
        Severity severity,
        String evidenceKey,
        Instant occurredAt)
        implements DomainEvent {}
