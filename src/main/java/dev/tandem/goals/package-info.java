/**
 * Goals and alignment: the shared goals of a partnership (an owner on each side, a due date, a status), their key
 * results with dated measurements and the progress that follows, each side's own personal and organisational goals,
 * and which own goals a shared goal serves. {@link dev.tandem.goals.GoalAlignment} tells what is misaligned; the
 * health index reads it.
 *
 * <p>Goals set, achieved, dropped and reopened, and measurements, are published as
 * {@link dev.tandem.shared.TimelineEvent}s on the partnership (and on the contact who owns the goal on their side).
 * Depends on {@code shared}, {@code identity} (members), {@code contacts} (existence and names of contacts) and
 * {@code partnerships} (existence of a partnership, its sides and participants).
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.goals;
