package dev.tandem.bench;

import dev.tandem.bench.Rows.Table;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.Ids;
import dev.tandem.shared.TimelineSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stages a generated partnership went through, by legal moves only, spread over its life: a third
 * still exploring or collaborating, a third partnering, the rest dormant, winding down or ended.
 */
record StagePlan(List<Stage> path, List<Instant> times) {

    private static final List<Stage> FINAL = List.of(
            Stage.EXPLORING,
            Stage.EXPLORING,
            Stage.EXPLORING,
            Stage.COLLABORATING,
            Stage.COLLABORATING,
            Stage.COLLABORATING,
            Stage.COLLABORATING,
            Stage.COLLABORATING,
            Stage.COLLABORATING,
            Stage.PARTNERING,
            Stage.PARTNERING,
            Stage.PARTNERING,
            Stage.PARTNERING,
            Stage.PARTNERING,
            Stage.PARTNERING,
            Stage.DORMANT,
            Stage.DORMANT,
            Stage.WINDING_DOWN,
            Stage.ENDED,
            Stage.ENDED);
    private static final Map<Stage, String> REASONS = Map.of(
            Stage.COLLABORATING, "First joint project agreed",
            Stage.PARTNERING, "Framework agreement signed, with a shared budget and a joint steering group",
            Stage.DORMANT, "Paused until next year's budget; a light check-in every few months",
            Stage.WINDING_DOWN, "Our needs changed; handover plan agreed with their team",
            Stage.ENDED, "Handover complete; thanked everyone for the work together");

    static StagePlan of(Story s, Instant createdAt) {
        Stage last = s.pick(FINAL);
        List<Stage> path = new ArrayList<>();
        switch (last) {
            case EXPLORING -> path.add(Stage.EXPLORING);
            case COLLABORATING ->
                path.addAll(
                        s.chance(0.3) ? List.of(Stage.COLLABORATING) : List.of(Stage.EXPLORING, Stage.COLLABORATING));
            case PARTNERING ->
                path.addAll(
                        s.chance(0.2)
                                ? List.of(Stage.COLLABORATING, Stage.PARTNERING)
                                : List.of(Stage.EXPLORING, Stage.COLLABORATING, Stage.PARTNERING));
            case DORMANT -> path.addAll(List.of(Stage.EXPLORING, Stage.COLLABORATING, Stage.DORMANT));
            case WINDING_DOWN -> path.addAll(List.of(Stage.COLLABORATING, Stage.PARTNERING, Stage.WINDING_DOWN));
            case ENDED -> path.addAll(List.of(Stage.EXPLORING, Stage.COLLABORATING, Stage.WINDING_DOWN, Stage.ENDED));
        }
        List<Instant> times = new ArrayList<>(List.of(createdAt));
        long span = Duration.between(createdAt, s.now()).toSeconds();
        for (int i = 1; i < path.size(); i++) {
            long at = span * i / path.size() + s.random().nextLong(span / (2L * path.size()) + 1);
            times.add(createdAt.plusSeconds(at));
        }
        return new StagePlan(path, times);
    }

    Stage stage() {
        return path.get(path.size() - 1);
    }

    /** Until when the partnership was worked on: now, or the move to dormant or ended. */
    Instant activeUntil(Instant now) {
        Stage stage = stage();
        return stage == Stage.DORMANT || stage == Stage.ENDED ? times.get(times.size() - 1) : now;
    }

    Instant updatedAt() {
        return times.get(times.size() - 1);
    }

    /** The stage history rows (the first one opens it) and a timeline entry for each move. */
    void write(Story s, Plan plan) {
        Stage from = null;
        for (int i = 0; i < path.size(); i++) {
            Stage to = path.get(i);
            String reason = i == 0 ? "" : REASONS.get(to);
            Member actor = i == 0 ? plan.owner() : plan.someoneOfOurs(s);
            s.rows()
                    .add(
                            Table.STAGE_CHANGES,
                            Ids.at(times.get(i)),
                            plan.id(),
                            from == null ? null : from.name(),
                            to.name(),
                            reason,
                            actor.id(),
                            times.get(i));
            if (i > 0) {
                s.rows()
                        .timeline(
                                times.get(i),
                                actor,
                                "partnership.movedTo." + to.name(),
                                List.of(reason),
                                false,
                                List.of(TimelineSubject.partnership(plan.id())));
            }
            from = to;
        }
    }
}
