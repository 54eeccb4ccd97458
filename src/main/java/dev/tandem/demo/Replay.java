package dev.tandem.demo;

import dev.tandem.shared.Backdating;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * A partnership's history as steps, each run at its own past moment and in the order they happened, with the
 * application's clock set to that moment ({@link Backdating}): what the services write is dated as if it had been
 * entered then. A step may plan later steps (an action item plans its delivery). Moments after now run now.
 */
final class Replay {

    private record Step(Instant at, int order, Runnable work) {}

    private final PriorityQueue<Step> steps =
            new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingInt(Step::order));
    private final LocalDate today;
    private final Instant now;
    private int order;

    Replay(Instant now) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    LocalDate date(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    /** {@code daysAgo}, or the Friday before when that day falls on a weekend: when people meet. */
    int workday(int daysAgo) {
        return switch (date(daysAgo).getDayOfWeek()) {
            case SATURDAY -> daysAgo + 1;
            case SUNDAY -> daysAgo + 2;
            default -> daysAgo;
        };
    }

    /** The hour (UTC) of the day {@code daysAgo} before today. */
    Instant at(int daysAgo, int hour) {
        return date(daysAgo).atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }

    void then(Instant at, Runnable work) {
        steps.add(new Step(at.isAfter(now) ? now : at, order++, work));
    }

    void run() {
        while (!steps.isEmpty()) {
            Step step = steps.poll();
            Backdating.at(step.at(), step.work());
        }
    }
}
