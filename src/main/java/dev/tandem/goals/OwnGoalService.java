package dev.tandem.goals;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each side's own personal and organisational goals for a partnership. An id not in the workspace is 404. */
@Service
public class OwnGoalService {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 2000;

    private final OwnGoals ownGoals;
    private final GoalSupport support;
    private final ConcurrentChanges changes;

    OwnGoalService(OwnGoals ownGoals, GoalSupport support, ConcurrentChanges changes) {
        this.changes = changes;
        this.ownGoals = ownGoals;
        this.support = support;
    }

    @Transactional
    public OwnGoal add(
            WorkspaceContext context,
            UUID partnershipId,
            Side side,
            OwnGoalKind kind,
            String title,
            @Nullable String description) {
        support.requirePartnership(context, partnershipId);
        if (ownGoals.count(context.workspaceId(), partnershipId) >= OwnGoal.MAX_PER_PARTNERSHIP) {
            throw new Conflict("goal.own.tooMany", OwnGoal.MAX_PER_PARTNERSHIP);
        }
        var own = new OwnGoal(
                Ids.next(),
                partnershipId,
                side,
                kind,
                title.strip(),
                GoalDetails.blankToNull(description),
                support.now(),
                0,
                context.userId(),
                null);
        ownGoals.insert(context.workspaceId(), own);
        support.changed(context, partnershipId);
        return own;
    }

    /** Replaces the own goal, whatever its version. */
    @Transactional
    public OwnGoal update(
            WorkspaceContext context,
            UUID id,
            Side side,
            OwnGoalKind kind,
            String title,
            @Nullable String description) {
        return update(context, id, null, side, kind, title, description);
    }

    /**
     * Replaces the own goal if it still has the version {@code basedOn} (null: the version read now); a version that
     * no longer holds writes nothing and is refused, naming who changed it and what differs.
     */
    @Transactional
    public OwnGoal update(
            WorkspaceContext context,
            UUID id,
            @Nullable BasedOn basedOn,
            Side side,
            OwnGoalKind kind,
            String title,
            @Nullable String description) {
        OwnGoal before = get(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        var after = new OwnGoal(
                id,
                before.partnershipId(),
                side,
                kind,
                title.strip(),
                GoalDetails.blankToNull(description),
                before.createdAt(),
                based.version() + 1,
                context.userId(),
                support.now());
        if (based.version() != before.version() || !ownGoals.update(context.workspaceId(), after, based.version())) {
            OwnGoal current = get(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current, after));
        }
        support.changed(context, before.partnershipId());
        return after;
    }

    public OwnGoal get(WorkspaceContext context, UUID id) {
        return ownGoals.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("goal.own.notFound"));
    }

    /** A partnership's own goals, oldest first. */
    public Page<OwnGoal> list(WorkspaceContext context, UUID partnershipId, PageRequest page) {
        support.requirePartnership(context, partnershipId);
        return Page.of(ownGoals.page(context.workspaceId(), partnershipId, page), page, OwnGoal::id);
    }

    /** Deletes the own goal; the shared goals that served it no longer do. */
    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        OwnGoal own = get(context, id);
        ownGoals.delete(context.workspaceId(), id);
        support.changed(context, own.partnershipId());
    }
}
