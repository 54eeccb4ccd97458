package dev.tandem.endings;

import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A playbook was started for a partnership. */
public record PlaybookStarted(
        WorkspaceId workspaceId, UUID partnershipId, UUID runId, Playbook playbook, Actor actor, Instant occurredAt)
        implements PlaybookEvent {

    @Override
    public String messageKey() {
        return "timeline.playbook.started." + playbook.name();
    }
}
