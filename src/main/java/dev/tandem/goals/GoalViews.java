package dev.tandem.goals;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds goal views: names of the owners, key results with their latest measurement, and progress as of now. */
@Component
class GoalViews {

    private final KeyResults keyResults;
    private final GoalSupport support;

    GoalViews(KeyResults keyResults, GoalSupport support) {
        this.keyResults = keyResults;
        this.support = support;
    }

    GoalView of(WorkspaceContext context, Goal goal) {
        return of(context, List.of(goal)).get(0);
    }

    List<GoalView> of(WorkspaceContext context, List<Goal> goals) {
        if (goals.isEmpty()) {
            return List.of();
        }
        var ws = context.workspaceId();
        var krs = keyResults.ofGoals(ws, goals.stream().map(Goal::id).toList());
        var latest = keyResults.latest(ws, krs.stream().map(KeyResult::id).toList());
        Map<UserId, String> members = support.memberNames(
                context,
                goals.stream()
                        .map(g -> g.details().ourOwner())
                        .filter(Objects::nonNull)
                        .toList());
        Map<UUID, String> contacts = support.contactNames(
                context,
                goals.stream()
                        .map(g -> g.details().theirOwner())
                        .filter(Objects::nonNull)
                        .toList());
        Map<UUID, List<KeyResult>> byGoal = krs.stream().collect(Collectors.groupingBy(KeyResult::goalId));
        Instant now = support.now();
        return goals.stream()
                .map(goal -> {
                    var views = byGoal.getOrDefault(goal.id(), List.of()).stream()
                            .map(kr -> keyResult(goal, kr, latest.get(kr.id()), now))
                            .toList();
                    var d = goal.details();
                    return new GoalView(
                            goal,
                            d.ourOwner() == null ? null : members.get(d.ourOwner()),
                            d.theirOwner() == null ? null : contacts.get(d.theirOwner()),
                            views,
                            Progress.ofGoal(
                                    views.stream().map(KeyResultView::progress).toList()));
                })
                .toList();
    }

    static KeyResultView keyResult(Goal goal, KeyResult kr, @Nullable Measurement latest, Instant now) {
        return new KeyResultView(
                kr,
                latest,
                Progress.of(
                        kr.details(),
                        latest == null ? null : latest.value(),
                        goal.createdAt(),
                        goal.details().dueOn(),
                        now));
    }
}
