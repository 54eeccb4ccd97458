package dev.tandem.endings;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A playbook run was finished, with the reason given; the partnership moved to the playbook's outcome. */
public record PlaybookFinished(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID runId,
        Playbook playbook,
        String reason,
        Actor actor,
        Instant occurredAt)
        implements PlaybookEvent {

    @Override
    public String messageKey() {
        return "timeline.playbook.finished." + playbook.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(reason));
    }
}
