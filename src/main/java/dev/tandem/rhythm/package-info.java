/**
 * Rhythm: the meetings of a partnership (type, time in a time zone, place or video link, agenda with a
 * "listen first" round for check-ins, notes, decisions, attendance on both sides) and the commitments
 * each side makes, with the reliability of each side drawn from them.
 *
 * <p>Holding a meeting is an interaction: it publishes a {@link dev.tandem.shared.TimelineEvent} with
 * {@code interaction=true} on the partnership and the contacts who attended, which moves "last contacted"
 * and restarts the cadence. Depends on {@code shared}, {@code identity} (the workspace context) and
 * {@code partnerships} (a partnership's existence and participants, through its public services).
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.rhythm;
