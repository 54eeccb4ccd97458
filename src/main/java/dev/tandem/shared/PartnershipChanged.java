package dev.tandem.shared;

import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A fact about a partnership changed in a way that does not go on its timeline (attendance corrected, a goal's
 * owners changed, something deleted). Published by the module that changed it (goals, rhythm) inside the
 * transaction of the change, like a {@link TimelineEvent}, for readers that keep something derived up to date
 * (the health index).
 */
public record PartnershipChanged(WorkspaceId workspaceId, UUID partnershipId) implements DomainEvent {}
