/**
 * Health: the answer to "are we growing together?". Each partnership's score (0–100) from the factors of
 * PRODUCT.md (cadence, reliability, engagement, satisfaction, reciprocity, alignment), with the facts behind
 * each, a confidence, signals with suggested next steps, and a weekly snapshot for the trend.
 *
 * <p>Scores are computed by a pure function ({@link dev.tandem.health.HealthCalculator}) when a partnership's
 * facts change — on {@link dev.tandem.shared.TimelineEvent}s and {@link dev.tandem.shared.PartnershipChanged},
 * before the changing transaction commits — and once a day by an idempotent job for time-based decay; pages
 * and the API only read what is stored. Depends on {@code shared}, {@code identity} (the workspace context),
 * {@code partnerships} (the partnership and its participants), {@code rhythm} (meetings held, attendance,
 * commitments) and {@code goals} (alignment). The home page (the portfolio dashboard) lives here.
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.health;
