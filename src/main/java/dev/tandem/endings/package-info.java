/**
 * Endings: ending a relationship well. Each partnership's contracts, written "with the divorce in mind" (term,
 * renewal, notice period, termination cost, and the exit terms: transition plan, data return, handover help, what
 * survives); a contract without exit terms is a health signal, and the last day to give notice shows on My week and
 * in the portfolio 30 days ahead. The guided playbooks ({@link dev.tandem.endings.Playbook}): steps with
 * checklists, the facts Tandem holds pulled in, a message draft in the contact's language (en, it, es), and
 * finishing, which moves the partnership's stage through the partnerships module's public service.
 *
 * <p>Publishes {@link dev.tandem.endings.ContractAdded} and the {@link dev.tandem.endings.PlaybookEvent}s on the
 * partnership's timeline, and {@link dev.tandem.shared.PartnershipChanged} when a contract changes or goes. Other
 * modules read contracts through {@link dev.tandem.endings.ContractFacts}. Listens to nothing. Depends on
 * {@code shared}, {@code identity} (the workspace context), {@code partnerships} (the partnership, its stage),
 * {@code contacts} (the contact's name, address and language), {@code goals} (goals achieved), {@code recognition} (milestones reached) and {@code rhythm}
 * (commitments delivered; reminders on My week through {@link dev.tandem.rhythm.WeekReminders}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "partnerships", "contacts", "goals", "rhythm", "recognition"})
@org.jspecify.annotations.NullMarked
package dev.tandem.endings;
