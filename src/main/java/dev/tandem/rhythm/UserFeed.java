package dev.tandem.rhythm;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.User;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceSummary;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A user's feed, across every workspace they belong to now: from {@value #PAST_DAYS} days ago on, at most
 * {@value #MAX_ITEMS} meetings and as many commitments per workspace.
 * <ul>
 * <li>every meeting of the partnerships that are "theirs": those they own, and those they take part in on
 * our side;</li>
 * <li>the due dates of the open commitments they owe: ours, owned by them, or owned by nobody in a
 * partnership they own. Each is an all-day event.</li>
 * <li>the recurring group meetups they are invited to or planned, each as one event with its RRULE;</li>
 * <li>the reminders other modules put there ({@link FeedReminders}), as all-day events, recurring ones with
 * their RRULE.</li>
 * </ul>
 * Each workspace costs the same few queries, however many meetings and people it has.
 */
@Component
class UserFeed {

    static final int PAST_DAYS = 90;
    static final int MAX_ITEMS = 500;

    private final Meetings meetings;
    private final Commitments commitments;
    private final Meetups meetups;
    private final PartnershipParticipants participants;
    private final CalendarLookups lookups;
    private final CalendarEvents events;
    private final AccountService accounts;
    private final MessageSource messages;
    private final List<FeedReminders> reminders;
    private final Clock clock;

    UserFeed(
            Meetings meetings,
            Commitments commitments,
            Meetups meetups,
            PartnershipParticipants participants,
            CalendarLookups lookups,
            CalendarEvents events,
            AccountService accounts,
            MessageSource messages,
            List<FeedReminders> reminders,
            Clock clock) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.meetups = meetups;
        this.participants = participants;
        this.lookups = lookups;
        this.events = events;
        this.accounts = accounts;
        this.messages = messages;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** The user's feed as iCalendar text. */
    String of(UserId userId) {
        User user = accounts.user(userId);
        var ical = new ICalendars(
                messages.getMessage("rhythm.calendar.name", new Object[] {user.displayName()}, user.locale()));
        Instant from = clock.instant().minus(Duration.ofDays(PAST_DAYS));
        for (WorkspaceSummary summary : accounts.workspaces(userId)) {
            add(
                    ical,
                    new WorkspaceContext(summary.id(), summary.name(), userId, user.displayName(), summary.role()),
                    user,
                    from);
        }
        return ical.write();
    }

    private void add(ICalendars ical, WorkspaceContext context, User user, Instant from) {
        var mine = Mine.of(participants, context, user.id());
        var theirs = meetings.ofPartnerships(context.workspaceId(), mine.partnerships(), from, null, MAX_ITEMS);
        var owed = commitments.openOwedBy(
                context.workspaceId(),
                mine.participations(),
                mine.owned(),
                LocalDate.ofInstant(from, ZoneOffset.UTC),
                null,
                MAX_ITEMS);
        List<UUID> partnerships = Stream.concat(
                        theirs.stream().map(Meeting::partnershipId),
                        owed.stream().map(Commitment::partnershipId))
                .distinct()
                .toList();
        var gatherings = meetups.of(context.workspaceId(), user.id().value());
        var names = lookups.read(
                context,
                partnerships,
                Stream.concat(
                                theirs.stream().map(m -> m.createdBy().value()),
                                gatherings.stream().map(m -> m.createdBy().value()))
                        .distinct()
                        .toList());
        var attendance = meetings.attendanceOf(
                context.workspaceId(), theirs.stream().map(Meeting::id).toList());
        for (Meeting meeting : theirs) {
            var partnership = names.partnership(meeting.partnershipId());
            if (partnership != null) {
                ical.calendar()
                        .addEvent(events.meeting(
                                ical,
                                meeting,
                                partnership,
                                names,
                                attendance.getOrDefault(meeting.id(), Map.of()),
                                user.locale()));
            }
        }
        for (Commitment commitment : owed) {
            var partnership = names.partnership(commitment.partnershipId());
            if (partnership != null) {
                ical.calendar().addEvent(events.due(commitment, partnership, names, user.locale()));
            }
        }
        for (Meetup meetup : gatherings) {
            ical.calendar()
                    .addEvent(events.meetup(
                            ical,
                            meetup,
                            context.workspaceId(),
                            names.member(meetup.createdBy().value())));
        }
        for (FeedReminders module : reminders) {
            for (FeedReminder reminder : module.of(context)) {
                ical.calendar().addEvent(events.reminder(reminder, context.workspaceId(), user.locale()));
            }
        }
    }
}
