package dev.tandem.space;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.PageRequest;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each reader has not read yet. Reading a page records nothing (a GET never writes): the page sends the
 * counter value it was shown at, in a small POST, once it is on screen, and a live post seen arrives the same way.
 * Templates read the counts as {@code @spaceReading}.
 */
@Service("spaceReading")
public class SpaceReading {

    private final SpaceService space;
    private final Visits visits;
    private final Sequences sequences;
    private final PartnershipService partnerships;
    private final Clock clock;

    SpaceReading(SpaceService space, Visits visits, Sequences sequences, PartnershipService partnerships, Clock clock) {
        this.space = space;
        this.visits = visits;
        this.sequences = sequences;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** A page of the partnership's space, with what is new for this reader since their last visit. */
    @Transactional(readOnly = true)
    public SpaceFeed feed(WorkspaceContext context, UUID partnershipId, PageRequest page) {
        long seq = sequences.current(context.workspaceId());
        var threads = space.threads(context, partnershipId, page);
        var visit = visits.of(context.workspaceId(), context.userId(), partnershipId);
        long seen = visit.map(Visits.Visit::seq).orElse(0L);
        int fresh = visit.isEmpty()
                ? 0
                : visits.unreadIn(context.workspaceId(), context.userId(), partnershipId, seen, context.isGuest());
        return new SpaceFeed(threads, seq, visit.map(Visits.Visit::at).orElse(null), seen, fresh);
    }

    /** The reader has seen the space up to {@code seq} (never past what has been written). */
    @Transactional
    public void visited(WorkspaceContext context, UUID partnershipId, long seq) {
        partnerships.require(context, partnershipId);
        long upTo = Math.min(Math.max(0, seq), sequences.current(context.workspaceId()));
        visits.record(context.workspaceId(), context.userId(), partnershipId, upTo, clock.instant());
    }

    /** Per partnership, how many posts and replies by others the reader has not seen. */
    public Map<UUID, Integer> unread(WorkspaceContext context) {
        return visits.unread(context.workspaceId(), context.userId(), context.isGuest());
    }

    /** The reader's unread count in one partnership's space. */
    public int unread(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        long seen = visits.of(context.workspaceId(), context.userId(), partnershipId)
                .map(Visits.Visit::seq)
                .orElse(0L);
        return visits.unreadIn(context.workspaceId(), context.userId(), partnershipId, seen, context.isGuest());
    }
}
