package dev.tandem.health;

import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A signal a partnership's health showed is gone: what it warned of was dealt with. Not published when the
 * partnership ends or is deleted (its score goes with it). Published in the recomputing transaction.
 */
public record SignalCleared(WorkspaceId workspaceId, UUID partnershipId, SignalType type, Instant occurredAt)
        implements DomainEvent {}
