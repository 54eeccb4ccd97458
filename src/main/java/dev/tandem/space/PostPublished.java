package dev.tandem.space;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** Someone posted an update or asked a question in a partnership's shared space. */
public record PostPublished(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID postId,
        PostKind kind,
        Side side,
        Visibility visibility,
        String excerpt,
        Actor actor,
        Instant occurredAt)
        implements SpaceEvent {

    @Override
    public String messageKey() {
        return "timeline.space.published." + kind.name() + "." + side.name();
    }
}
