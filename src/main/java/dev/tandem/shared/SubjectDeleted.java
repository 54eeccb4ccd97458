package dev.tandem.shared;

import org.jmolecules.event.types.DomainEvent;

/**
 * A partnership, contact or organisation was deleted: what other modules keep about it as a subject (its
 * timeline) goes too, in the same transaction. The deleting module publishes its own record implementing this
 * ({@code partnerships.PartnershipDeleted}).
 */
public interface SubjectDeleted extends DomainEvent {

    WorkspaceId workspaceId();

    TimelineSubject subject();
}
