package dev.tandem.health;

import java.util.List;

/** One line of the portfolio: the stored health and its weekly trend. */
public record PortfolioHealth(StoredHealth health, List<WeekScore> trend) {

    public PortfolioHealth {
        trend = List.copyOf(trend);
    }
}
