package dev.tandem.health;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A partnership's health on a day.
 *
 * @param score 0–100, or null when no weighted factor has data yet
 * @param confidence the share of the total weight that had data, 0–100
 * @param signals most urgent first
 */
public record HealthReport(
        @Nullable Integer score, int confidence, List<FactorScore> factors, List<Signal> signals, LocalDate asOf) {

    public HealthReport {
        factors = List.copyOf(factors);
        signals =
                signals.stream().sorted(Comparator.comparing(Signal::severity)).toList();
    }

    public @Nullable Signal topSignal() {
        return signals.isEmpty() ? null : signals.get(0);
    }

    /**
     * What the portfolio is sorted by: 100 minus the score, plus 20, 10 or 5 for the most urgent warning
     * (high, medium, low); -1 without a score, so those come last.
     */
    public int risk() {
        if (score == null) {
            return -1;
        }
        Signal top = topSignal();
        return 100 - score + (top == null ? 0 : top.severity().risk());
    }

    /** The factors that have no data yet, for "what is missing". */
    public List<Factor> missing() {
        return FactorScore.missing(factors);
    }
}
