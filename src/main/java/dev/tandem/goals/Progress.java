package dev.tandem.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * How far a key result (or a goal) has come, and whether that is enough by now.
 *
 * <p><b>Percent</b> = (latest − baseline) / (target − baseline) × 100, rounded down and clamped to 0–100. The
 * direction is in the sign of target − baseline: for a DOWN key result a falling value is progress, a rising one
 * counts as 0. Before any measurement the latest value is the baseline, so progress is 0.
 *
 * <p><b>Expected</b> = the share of time elapsed between the goal's creation and the end of its due date (UTC),
 * 0–100, rounded down; from the end of the due date on it is 100.
 *
 * <p><b>On track</b> = percent ≥ expected. So a key result is on track at its start, falls behind when
 * measurements lag the calendar, and past the due date is on track only when its target is reached.
 *
 * <p>A goal's progress is the average percent of its key results; it is on track when each of them is.
 */
public record Progress(int percent, int expected, boolean onTrack) {

    /** The progress of one key result at {@code now}; {@code latest} is null before any measurement. */
    public static Progress of(
            KeyResultDetails kr, @Nullable BigDecimal latest, Instant goalCreatedAt, LocalDate dueOn, Instant now) {
        int percent = 0;
        if (latest != null) {
            BigDecimal share = latest.subtract(kr.baseline())
                    .multiply(BigDecimal.valueOf(100))
                    .divide(kr.target().subtract(kr.baseline()), 0, RoundingMode.FLOOR);
            percent = share.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).intValue();
        }
        int expected = expected(goalCreatedAt, dueOn, now);
        return new Progress(percent, expected, percent >= expected);
    }

    /** The share of the goal's time gone by at {@code now}, in percent. */
    public static int expected(Instant goalCreatedAt, LocalDate dueOn, Instant now) {
        Instant end = dueOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!now.isBefore(end) || !end.isAfter(goalCreatedAt)) {
            return 100;
        }
        if (!now.isAfter(goalCreatedAt)) {
            return 0;
        }
        long total = Duration.between(goalCreatedAt, end).toMillis();
        long elapsed = Duration.between(goalCreatedAt, now).toMillis();
        return (int) Math.min(100, elapsed * 100 / total);
    }

    /** A goal's progress from its key results' own, or null when it has none. */
    public static @Nullable Progress ofGoal(Collection<Progress> keyResults) {
        if (keyResults.isEmpty()) {
            return null;
        }
        int percent =
                (int) keyResults.stream().mapToInt(Progress::percent).average().orElse(0);
        int expected = keyResults.iterator().next().expected();
        return new Progress(percent, expected, keyResults.stream().allMatch(Progress::onTrack));
    }
}
