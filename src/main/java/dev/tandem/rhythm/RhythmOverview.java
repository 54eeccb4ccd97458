package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rhythm of one partnership at a glance, for its overview: the next meeting and each side's open word. */
@Service
public class RhythmOverview {

    /** One side's open commitments, how many of them are overdue, and its reliability. */
    public record Side(OwnerSide side, int open, int overdue, Reliability.Side reliability) {}

    /** The next planned meeting (null when none is planned) and both sides, ours first. */
    public record Summary(@Nullable Meeting next, List<Side> sides) {}

    private final Meetings meetings;
    private final Commitments commitments;
    private final CommitmentService service;
    private final Clock clock;

    RhythmOverview(Meetings meetings, Commitments commitments, CommitmentService service, Clock clock) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.service = service;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Summary of(WorkspaceContext context, UUID partnershipId) {
        Reliability reliability = service.reliability(context, partnershipId);
        var counts = commitments.openCounts(context.workspaceId(), partnershipId, reliability.to());
        var next = meetings.ofPartnerships(context.workspaceId(), List.of(partnershipId), clock.instant(), null, 1);
        return new Summary(
                next.isEmpty() ? null : next.get(0),
                List.of(
                        side(OwnerSide.US, counts.get(OwnerSide.US), reliability.us()),
                        side(OwnerSide.THEM, counts.get(OwnerSide.THEM), reliability.them())));
    }

    private static Side side(OwnerSide side, int @Nullable [] counts, Reliability.Side reliability) {
        return counts == null ? new Side(side, 0, 0, reliability) : new Side(side, counts[0], counts[1], reliability);
    }
}
