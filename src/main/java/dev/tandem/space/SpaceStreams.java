package dev.tandem.space;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.InvalidInput;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

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

    /**
     * Starts sending {@code client} the partnership's posts, after checking that the caller may see it (404). Run
     * the answer when the client has gone.
     */
    public Runnable follow(
            WorkspaceContext context, UUID partnershipId, @Nullable String lastEventId, LiveClient client) {
        partnerships.require(context, partnershipId);
        return live.subscribe(context.workspaceId(), partnershipId, context.isGuest(), after(lastEventId), client);
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
            throw new InvalidInput("space.problem.lastEventId");
        }
    }
}
