package dev.tandem.goals;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared goals of a partnership: set, edit, achieve or drop, delete, read with their progress. Every method acts
 * as the member of {@code context}; an id that is not in its workspace is 404, an owner or own goal that is not is 400.
 */
@Service
public class GoalService {

    private final Goals goals;
    private final OwnGoals ownGoals;
    private final GoalViews views;
    private final GoalSupport support;
    private final ConcurrentChanges changes;

    GoalService(Goals goals, OwnGoals ownGoals, GoalViews views, GoalSupport support, ConcurrentChanges changes) {
        this.changes = changes;
        this.goals = goals;
        this.ownGoals = ownGoals;
        this.views = views;
        this.support = support;
    }

    @Transactional
    public GoalView set(WorkspaceContext context, UUID partnershipId, GoalDetails details) {
        support.requirePartnership(context, partnershipId);
        check(context, partnershipId, details);
        if (goals.count(context.workspaceId(), partnershipId) >= Goal.MAX_PER_PARTNERSHIP) {
            throw new Conflict("goal.tooMany", Goal.MAX_PER_PARTNERSHIP);
        }
        Instant now = support.now();
        var goal = new Goal(Ids.next(), partnershipId, details, now, now, 0, context.userId());
        goals.insert(context.workspaceId(), goal);
        support.set(context, goal, now);
        return views.of(context, goal);
    }

    /** Replaces what the goal says now, whatever its version: see {@link #update(WorkspaceContext, UUID, BasedOn, GoalDetails)}. */
    @Transactional
    public GoalView update(WorkspaceContext context, UUID id, GoalDetails details) {
        return update(context, id, null, details);
    }

    /**
     * Replaces what the goal says, if it still has the version {@code basedOn} (null: the version read now); a change
     * of status goes on the timeline (achieved, dropped, reopened). A version that no longer holds writes nothing and
     * is refused, naming who changed the goal and which fields now differ from {@code details}.
     */
    @Transactional
    public GoalView update(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, GoalDetails details) {
        Goal before = require(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        check(context, before.partnershipId(), details);
        Instant now = support.now();
        var after = new Goal(
                id, before.partnershipId(), details, before.createdAt(), now, based.version() + 1, context.userId());
        if (based.version() != before.version() || !goals.update(context.workspaceId(), after, based.version())) {
            Goal current = require(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.details(), details));
        }
        if (before.status() != details.status()) {
            support.statusChanged(context, after, now);
        }
        support.changed(context, before.partnershipId());
        return views.of(context, after);
    }

    public GoalView get(WorkspaceContext context, UUID id) {
        return views.of(context, require(context, id));
    }

    /** The goal as stored, to change part of it. */
    public Goal goal(WorkspaceContext context, UUID id) {
        return require(context, id);
    }

    /** A partnership's goals, oldest first. */
    public Page<GoalView> list(WorkspaceContext context, UUID partnershipId, PageRequest page) {
        support.requirePartnership(context, partnershipId);
        var rows = goals.page(context.workspaceId(), partnershipId, page);
        var shown = Page.of(rows, page, Goal::id);
        return new Page<>(views.of(context, shown.items()), shown.nextCursor());
    }

    /** Which goals of the partnership the partner's guests see ({@code SHARED}) and which stay with the team. */
    public Map<UUID, Visibility> visibilities(WorkspaceContext context, UUID partnershipId) {
        support.requirePartnership(context, partnershipId);
        return goals.visibilities(context.workspaceId(), partnershipId);
    }

    /** The partnership's goals its guests see (the SHARED ones), oldest first, with key results and progress. */
    public List<GoalView> shared(WorkspaceContext context, UUID partnershipId) {
        var visibilities = visibilities(context, partnershipId);
        return views.of(
                context,
                goals.all(context.workspaceId(), partnershipId).stream()
                        .filter(goal -> visibilities.get(goal.id()) == Visibility.SHARED)
                        .toList());
    }

    /** Shows the goal to the partner's guests or keeps it to the team; a change goes on the timeline. */
    @Transactional
    public void changeVisibility(WorkspaceContext context, UUID id, Visibility visibility) {
        Goal goal = require(context, id);
        if (goals.changeVisibility(context.workspaceId(), id, visibility)) {
            support.visibilityChanged(context, goal, visibility);
        }
    }

    /** Deletes the goal with its key results and measurements. */
    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        Goal goal = require(context, id);
        goals.delete(context.workspaceId(), id);
        support.changed(context, goal.partnershipId());
    }

    Goal require(WorkspaceContext context, UUID id) {
        return goals.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("goal.notFound"));
    }

    private void check(WorkspaceContext context, UUID partnershipId, GoalDetails details) {
        support.checkOwners(context, details);
        if (details.serves().size() > GoalDetails.MAX_SERVES
                || ownGoals.countOf(context.workspaceId(), partnershipId, details.serves())
                        != details.serves().size()) {
            throw new InvalidInput("goal.serves.unknown").on("serves");
        }
    }
}
