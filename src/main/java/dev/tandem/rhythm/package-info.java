/**
 * Rhythm: the meetings of a partnership (type, time in a time zone, place or video link, agenda with a
 * "listen first" round for check-ins, notes, decisions, attendance on both sides) and the commitments
 * each side makes, with the reliability of each side drawn from them.
 *
 * <p>The rules live in the aggregates: {@link dev.tandem.rhythm.Meeting} (held once, not before it starts) and
 * {@link dev.tandem.rhythm.Commitment} (delivered on a day that has come, slipping when an open one's due date
 * moves later). Publishes, inside the change's transaction, {@link dev.tandem.rhythm.MeetingHeld} — an interaction,
 * on the partnership's timeline and those of the contacts who came, which moves "last contacted" and restarts the
 * cadence — and the {@link dev.tandem.rhythm.CommitmentEvent}s {@link dev.tandem.rhythm.CommitmentMade},
 * {@link dev.tandem.rhythm.CommitmentDelivered}, {@link dev.tandem.rhythm.CommitmentSlipped} and
 * {@link dev.tandem.rhythm.CommitmentDropped}; {@link dev.tandem.shared.PartnershipChanged} for changes the
 * health index reads that have no timeline line (attendance of a held meeting, a commitment reopened). Listens to
 * nothing.
 *
 * <p>Calendars ({@link dev.tandem.rhythm.CalendarService}): each user's secret, revocable iCalendar feed of
 * their meetings and commitment due dates across their workspaces, and each meeting as an {@code .ics}
 * file, written with biweekly. Depends on {@code shared}, {@code identity} (the workspace context, the
 * user's workspaces and members), {@code partnerships} (partnerships' names, owners and participants, through
 * its public services) and {@code contacts} (attendees' email addresses); a calendar reads each kind of name
 * once per workspace, by whole keys.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "contacts", "partnerships"})
@org.jspecify.annotations.NullMarked
package dev.tandem.rhythm;
