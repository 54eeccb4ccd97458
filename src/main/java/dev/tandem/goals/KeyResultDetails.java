package dev.tandem.goals;

import dev.tandem.shared.InvalidInput;
import java.math.BigDecimal;

/**
 * A key result's metric: from {@code baseline} to {@code target} in {@code unit}. The target differs from the
 * baseline and lies on the side {@code direction} says (above for UP, below for DOWN); otherwise 400.
 */
public record KeyResultDetails(
        String metric, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {

    public static final int METRIC_LENGTH = 200;
    public static final int UNIT_LENGTH = 30;

    public KeyResultDetails {
        metric = metric.strip();
        baseline = normal(baseline);
        target = normal(target);
        unit = unit.strip();
        int sign = target.compareTo(baseline);
        if (sign == 0) {
            throw new InvalidInput("goal.keyResult.targetIsBaseline").on("target");
        }
        if ((sign > 0) != (direction == Direction.UP)) {
            throw new InvalidInput("goal.keyResult.direction." + direction).on("direction");
        }
    }

    /** The number without trailing zeros, never in exponent notation (100, not 1E+2). */
    public static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
