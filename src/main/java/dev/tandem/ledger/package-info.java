/**
 * Ledger: what each side of a partnership put in (contributions: time, money, resources, introductions, expertise)
 * and got out (rewards: revenue, leads, learning, reputation, access), the shared risks with who bears them and the
 * agreed split of rewards, and the balance between the sides over the last 180 days — all valued in one common unit
 * the workspace chooses ({@link dev.tandem.ledger.Valuation}), so the sides can be compared.
 *
 * <p>Publishes {@link dev.tandem.ledger.ContributionRecorded} on the partnership's timeline, and
 * {@link dev.tandem.shared.PartnershipChanged} when the balance changes without a timeline line (an entry edited or
 * deleted, the valuation changed). {@link dev.tandem.ledger.LedgerFacts} is what the health index reads. Listens to
 * nothing. Depends on {@code shared}, {@code identity} (members, the workspace context), {@code partnerships}
 * (the partnership and its participants), {@code goals} (the goal an entry serves) and {@code recognition}
 * (the milestone an entry led to).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "partnerships", "goals", "recognition"})
@org.jspecify.annotations.NullMarked
package dev.tandem.ledger;
