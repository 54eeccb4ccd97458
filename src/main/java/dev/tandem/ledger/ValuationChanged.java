package dev.tandem.ledger;

import dev.tandem.shared.WorkspaceId;
import org.jmolecules.event.types.DomainEvent;

/** A workspace changed how it values entries: every balance of the workspace reads differently now. */
public record ValuationChanged(WorkspaceId workspaceId) implements DomainEvent {}
