/**
 * Endings: ending a relationship well. Each partnership's contracts, written "with the divorce in mind" (term,
 * renewal, notice period, termination cost, and the exit terms: transition plan, data return, handover help, what
 * survives); a contract without exit terms is a health signal, and the last day to give notice shows on My week and
 * in the portfolio 30 days ahead.
 *
 * <p>Publishes {@link dev.tandem.endings.ContractAdded} on the partnership's timeline, and
 * {@link dev.tandem.shared.PartnershipChanged} when a contract changes or goes. Other modules read contracts through
 * {@link dev.tandem.endings.ContractFacts}. Depends on {@code shared}, {@code identity} (the workspace context) and
 * {@code partnerships} (the partnership exists), and on {@code rhythm} to put notice deadlines on My week.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "partnerships", "rhythm" })
@org.jspecify.annotations.NullMarked
package dev.tandem.endings;
