/**
 * Goals and alignment: the shared goals of a partnership (an owner on each side, a due date, a status), their key
 * results with dated measurements and the progress that follows, each side's own personal and organisational goals,
 * and which own goals a shared goal serves, and the voices consulted on each shared goal ({@code Consultation}).
 * {@link dev.tandem.goals.GoalAlignment} tells what is misaligned and whose voice is missing; the health index reads
 * it.
 *
 * <p>Publishes, inside the change's transaction, the {@link dev.tandem.goals.GoalEvent}s {@link
 * dev.tandem.goals.GoalSet}, {@link dev.tandem.goals.GoalAchieved}, {@link dev.tandem.goals.GoalDropped}, {@link
 * dev.tandem.goals.GoalReopened}, {@link dev.tandem.goals.KeyResultMeasured} and {@link
 * dev.tandem.goals.VoiceConsulted}, on the partnership's timeline and on that of the contact who owns the goal on their
 * side; and {@link dev.tandem.shared.PartnershipChanged} when alignment changes without a timeline line (owners, own
 * goals, a goal deleted, a consultation deleted). Listens to
 * nothing. Depends on {@code shared}, {@code identity} (members), {@code contacts} (existence and names of contacts)
 * and {@code partnerships} (existence of a partnership).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "contacts", "partnerships"})
@org.jspecify.annotations.NullMarked
package dev.tandem.goals;
