package dev.tandem.health;

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
}
