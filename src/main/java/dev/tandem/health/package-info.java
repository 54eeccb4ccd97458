/**
 * Health: the answer to "are we growing together?". Each partnership's score (0–100) from the factors of
 * PRODUCT.md (cadence, reliability, engagement, satisfaction, reciprocity, alignment), with the facts behind
 * each, a confidence, signals with suggested next steps, and a weekly snapshot for the trend.
 *
 * <p>Scores are computed by a pure function ({@link dev.tandem.health.HealthCalculator}) when a partnership's
 * facts change and once a day by an idempotent job for time-based decay; pages and the API only read what is
 * stored. Listens to every {@link dev.tandem.shared.TimelineEvent} about a partnership and to
 * {@link dev.tandem.shared.PartnershipChanged}, and recomputes each partnership they touch once, just before the
 * publishing transaction commits (ADR 0005); a deleted partnership's scores go with it through their foreign keys
 * (ADR 0008). Publishes {@link dev.tandem.health.SignalRaised} and {@link dev.tandem.health.SignalCleared}
 * when a recomputation shows a signal it did not show before, or no longer shows one. Depends on {@code shared}, {@code identity} (the workspace context),
 * {@code partnerships} (the partnership and its participants), {@code rhythm} (meetings held, attendance,
 * commitments), {@code goals} (alignment), {@code ledger} (contributions, for reciprocity and one-sided
 * investment; a {@link dev.tandem.ledger.ValuationChanged} recomputes the whole workspace), {@code recognition}
 * (milestones not celebrated) and {@code endings} (contracts without exit terms, notice deadlines) and {@code feedback} (pulse ratings, for
 * satisfaction and "satisfaction dropping"; stories, as evidence of "growing together"). The home page
 * (the portfolio dashboard) lives here.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "partnerships",
            "rhythm",
            "goals",
            "ledger",
            "recognition",
            "endings",
            "feedback"
        })
@org.jspecify.annotations.NullMarked
package dev.tandem.health;
