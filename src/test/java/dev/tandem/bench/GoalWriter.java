package dev.tandem.bench;

import dev.tandem.bench.Pools.Metric;
import dev.tandem.bench.Rows.Table;
import dev.tandem.goals.Direction;
import dev.tandem.goals.GoalStatus;
import dev.tandem.goals.KeyResultDetails;
import dev.tandem.goals.OwnGoalKind;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.Ids;
import dev.tandem.shared.TimelineSubject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One to five shared goals (three on average), each with one to three key results measured about monthly,
 * and one or two own goals per side that the shared goals serve, or fail to serve (misalignment).
 */
final class GoalWriter {

    private GoalWriter() {}

    static void write(Story s, Plan plan) {
        List<UUID> oursOwn = ownGoals(s, plan, Side.OURS);
        List<UUID> theirsOwn = ownGoals(s, plan, Side.THEIRS);
        for (int i = s.between(1, 5); i > 0; i--) {
            long life = Duration.between(plan.createdAt(), plan.activeUntil()).toSeconds();
            Instant created = plan.createdAt().plusSeconds(s.random().nextLong(life * 6 / 10 + 1));
            LocalDate due = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(s.between(120, 400));
            double draw = s.random().nextDouble();
            GoalStatus status = due.isBefore(s.today()) || !plan.goingOn()
                    ? draw < 0.5 ? GoalStatus.ACHIEVED : draw < 0.65 ? GoalStatus.DROPPED : GoalStatus.ACTIVE
                    : draw < 0.9 ? GoalStatus.ACTIVE : draw < 0.95 ? GoalStatus.DROPPED : GoalStatus.ACHIEVED;
            Instant updated = status == GoalStatus.ACTIVE ? created : s.between(created, plan.activeUntil());
            UUID ourOwner = s.chance(0.85) ? plan.someoneOfOurs(s).id() : null;
            UUID theirOwner = s.chance(0.75) ? s.pick(plan.theirs()).personId() : null;
            String title = s.pick(Pools.GOALS);
            UUID id = Ids.at(created);
            s.rows()
                    .add(
                            Table.GOALS,
                            id,
                            plan.id(),
                            title,
                            s.chance(0.5) ? "What success looks like for both of us." : null,
                            s.chance(0.5) ? "It matters to both organisations this year." : null,
                            ourOwner,
                            theirOwner,
                            due,
                            status.name(),
                            created,
                            updated);
            if (s.chance(0.75)) {
                s.rows().add(Table.SERVES, id, s.pick(oursOwn));
            }
            if (s.chance(0.65)) {
                s.rows().add(Table.SERVES, id, s.pick(theirsOwn));
            }
            var subjects = new ArrayList<>(List.of(TimelineSubject.partnership(plan.id())));
            if (theirOwner != null) {
                subjects.add(TimelineSubject.contact(theirOwner));
            }
            Member actor = plan.someoneOfOurs(s);
            s.rows().timeline(created, actor, "goal.set", List.of(title), false, subjects);
            Instant measuredUntil = status == GoalStatus.ACTIVE ? plan.activeUntil() : updated;
            for (int k = s.between(1, 3); k > 0; k--) {
                keyResult(s, plan, id, title, created, measuredUntil, status == GoalStatus.ACHIEVED, subjects);
            }
            if (status != GoalStatus.ACTIVE) {
                s.rows().timeline(updated, actor, "goal." + status.name(), List.of(title), false, subjects);
            }
        }
    }

    private static List<UUID> ownGoals(Story s, Plan plan, Side side) {
        List<UUID> ids = new ArrayList<>();
        for (int i = s.between(1, 2); i > 0; i--) {
            Instant at = plan.createdAt().plusSeconds(s.between(600, 86_400 * 30));
            UUID id = Ids.at(at);
            s.rows()
                    .add(
                            Table.OWN_GOALS,
                            id,
                            plan.id(),
                            side.name(),
                            (s.chance(0.5) ? OwnGoalKind.PERSONAL : OwnGoalKind.ORGANISATIONAL).name(),
                            s.pick(Pools.OWN_GOALS),
                            null,
                            at);
            ids.add(id);
        }
        return ids;
    }

    /** A key result and its measurements, about monthly, moving from the baseline towards the target. */
    private static void keyResult(
            Story s,
            Plan plan,
            UUID goal,
            String title,
            Instant from,
            Instant until,
            boolean reached,
            List<TimelineSubject> subjects) {
        Metric m = s.pick(Pools.METRICS);
        BigDecimal baseline = BigDecimal.valueOf(m.baseline());
        BigDecimal target = BigDecimal.valueOf(m.target() + (m.target() > m.baseline() ? 1 : -1) * s.between(0, 5));
        UUID id = Ids.at(from.plusSeconds(60));
        s.rows()
                .add(
                        Table.KEY_RESULTS,
                        id,
                        goal,
                        m.metric(),
                        m.unit(),
                        baseline,
                        target,
                        (target.compareTo(baseline) > 0 ? Direction.UP : Direction.DOWN).name(),
                        from.plusSeconds(60));
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC).plusDays(s.between(14, 40));
        LocalDate last = LocalDate.ofInstant(until, ZoneOffset.UTC);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int count = (int) Math.min(8, span / 30 + 1);
        for (int k = 1; k <= count && !first.isAfter(last); k++) {
            LocalDate on = first.plusDays(span * (k - 1) / Math.max(1, count - 1));
            double share = reached && k == count
                    ? 1
                    : Math.min(1, (double) k / (count + 1) * (0.6 + s.random().nextDouble()));
            BigDecimal value = KeyResultDetails.normal(
                    baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(share)))
                            .setScale(1, RoundingMode.HALF_UP));
            Instant at = min(
                    on.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(s.between(8, 18) * 3600L),
                    plan.activeUntil());
            Member by = plan.someoneOfOurs(s);
            s.rows()
                    .add(
                            Table.MEASUREMENTS,
                            Ids.at(on.atStartOfDay(ZoneOffset.UTC).toInstant()),
                            id,
                            value,
                            on,
                            s.chance(0.2) ? "From the monthly report" : null,
                            by.id(),
                            at);
            s.rows()
                    .timeline(
                            at,
                            by,
                            "goal.measured",
                            List.of(m.metric(), value.toPlainString(), m.unit(), title),
                            false,
                            subjects);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
