package dev.tandem.space;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** Someone shared a link or a file in a partnership's shared space; {@code excerpt} is its title or name. */
public record ResourceShared(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID postId,
        Side side,
        Visibility visibility,
        String excerpt,
        boolean file,
        Actor actor,
        Instant occurredAt)
        implements SpaceEvent {

    @Override
    public String messageKey() {
        return "timeline.space.shared." + (file ? "file." : "link.") + side.name();
    }
}
