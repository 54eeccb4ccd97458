package dev.tandem.health;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One factor's part in a score.
 *
 * @param score 0–100, or null when there is no data for it yet (then it is left out and the other weights rescaled)
 * @param weight the workspace's weight for it
 */
public record FactorScore(Factor factor, @Nullable Integer score, int weight, Evidence evidence) {

    public boolean counted() {
        return score != null && weight > 0;
    }

    /** The weighted factors that have no data yet, for "what is missing". */
    static List<Factor> missing(List<FactorScore> factors) {
        return factors.stream()
                .filter(f -> f.score() == null && f.weight() > 0)
                .map(FactorScore::factor)
                .toList();
    }
}
