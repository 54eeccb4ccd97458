package dev.tandem.space;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live streams of a partnership's space (Server-Sent Events): each new or changed post or reply the caller may see,
 * as an event whose id is the workspace's space counter value; a client that reconnects with {@code Last-Event-ID}
 * gets everything after it, whichever node it reaches.
 */
@Service
public class SpaceStreams {

    private final SpaceLive live;
    private final PartnershipService partnerships;

    SpaceStreams(SpaceLive live, PartnershipService partnerships) {
        this.live = live;
        this.partnerships = partnerships;
    }

    /** Opens a stream; {@code render} turns a post into the event's data. Checks the partnership first (404). */
    public SseEmitter open(WorkspaceContext context, UUID partnershipId, @Nullable String lastEventId,
            Function<Post, Object> render) {
        partnerships.require(context, partnershipId);
        return live.subscribe(context.workspaceId(), partnershipId, context.isGuest(), after(lastEventId), render);
    }

    /** The streams this node holds now. */
    public int open() {
        return live.streams();
    }

    private static @Nullable Long after(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            throw new dev.tandem.shared.InvalidInput("space.problem.lastEventId");
        }
    }
}
