package dev.tandem.health;

import dev.tandem.shared.InvalidInput;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A workspace's weights and signal thresholds.
 *
 * @param weights each factor's weight, 0–100, at least one above zero
 * @param missedMeetings "partner disengaging" when their side missed at least this many ...
 * @param ofLastMeetings ... of the last this many held meetings
 * @param onTimeBelow "commitments slipping" when a side's on-time rate is below this percentage ...
 * @param overdueAtLeast ... or it has at least this many commitments overdue
 * @param growingPoints "growing together" when the score rose by at least this many points over 8 weeks
 */
public record HealthSettings(
        Map<Factor, Integer> weights,
        int missedMeetings,
        int ofLastMeetings,
        int onTimeBelow,
        int overdueAtLeast,
        int growingPoints) {

    public static final int MAX_WEIGHT = 100;
    public static final int MAX_MEETINGS = 20;

    public static final HealthSettings DEFAULTS = new HealthSettings(defaultWeights(), 2, 4, 60, 2, 5);

    /** Refuses (400, on the field) a weight outside 0–100, all weights zero, or a threshold out of range. */
    public HealthSettings {
        var copy = new EnumMap<Factor, Integer>(Factor.class);
        for (Factor f : Factor.values()) {
            int w = weights.getOrDefault(f, 0);
            if (w < 0 || w > MAX_WEIGHT) {
                throw new InvalidInput("health.settings.weight", MAX_WEIGHT).on("weights." + f.name());
            }
            copy.put(f, w);
        }
        if (copy.values().stream().allMatch(w -> w == 0)) {
            throw new InvalidInput("health.settings.noWeight").on("weights");
        }
        weights = Collections.unmodifiableMap(copy);
        if (ofLastMeetings < 1 || ofLastMeetings > MAX_MEETINGS) {
            throw new InvalidInput("health.settings.ofLast", MAX_MEETINGS).on("ofLastMeetings");
        }
        if (missedMeetings < 1 || missedMeetings > ofLastMeetings) {
            throw new InvalidInput("health.settings.missed").on("missedMeetings");
        }
        if (onTimeBelow < 0 || onTimeBelow > 100) {
            throw new InvalidInput("health.settings.percent").on("onTimeBelow");
        }
        if (overdueAtLeast < 1 || overdueAtLeast > 100) {
            throw new InvalidInput("health.settings.count", 100).on("overdueAtLeast");
        }
        if (growingPoints < 1 || growingPoints > 100) {
            throw new InvalidInput("health.settings.count", 100).on("growingPoints");
        }
    }

    public int weight(Factor factor) {
        return weights.get(factor);
    }

    public int totalWeight() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<Factor, Integer> defaultWeights() {
        var w = new EnumMap<Factor, Integer>(Factor.class);
        for (Factor f : Factor.values()) {
            w.put(f, f.defaultWeight());
        }
        return w;
    }
}
