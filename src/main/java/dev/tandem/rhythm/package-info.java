/**
 * Rhythm: the meetings of a partnership (type, time in a time zone, place or video link, agenda with a
 * "listen first" round for check-ins, notes, decisions, attendance on both sides) and the commitments
 * each side makes, with the reliability of each side drawn from them.
 *
 * <p>Holding a meeting is an interaction: it publishes a {@link dev.tandem.shared.TimelineEvent} with
 * {@code interaction=true} on the partnership and the contacts who attended, which moves "last contacted"
 * and restarts the cadence.
 *
 * <p>Calendars ({@link dev.tandem.rhythm.CalendarService}): each user's secret, revocable iCalendar feed of
 * their meetings and commitment due dates across their workspaces, and each meeting as an {@code .ics}
 * file, written with biweekly. Depends on {@code shared}, {@code identity} (the workspace context, the
 * user's workspaces and members), {@code partnerships} (partnerships' names, owners and participants, through
 * its public services) and {@code contacts} (attendees' email addresses); a calendar reads each kind of name
 * once per workspace, by whole keys.
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.rhythm;
