package dev.tandem.rhythm;

import biweekly.property.Method;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Calendars: each user's secret, revocable iCalendar feed ({@link UserFeed}: their meetings and the due dates of
 * what they owe, across their workspaces), and one meeting or a recurring meetup's invitation as an {@code .ics}
 * file. The secret is the feed's
 * credential ({@link FeedSecrets}); events are mapped by {@link CalendarEvents} and written with biweekly.
 */
@Service
public class CalendarService {

    /** A new feed: its secret, shown once. */
    public record CreatedFeed(String secret, Instant createdAt) implements Serializable {}

    private final FeedSecrets secrets;
    private final UserFeed feeds;
    private final CalendarLookups lookups;
    private final CalendarEvents events;
    private final MeetingService meetingService;
    private final Meetings meetings;
    private final MeetupService meetupService;
    private final WorkspaceService workspaces;
    private final TandemProperties properties;

    CalendarService(
            FeedSecrets secrets,
            UserFeed feeds,
            CalendarLookups lookups,
            CalendarEvents events,
            MeetingService meetingService,
            Meetings meetings,
            MeetupService meetupService,
            WorkspaceService workspaces,
            TandemProperties properties) {
        this.secrets = secrets;
        this.feeds = feeds;
        this.lookups = lookups;
        this.events = events;
        this.meetingService = meetingService;
        this.meetings = meetings;
        this.meetupService = meetupService;
        this.workspaces = workspaces;
        this.properties = properties;
    }

    /** Makes a new feed secret for the user, revoking the one they had. */
    public CreatedFeed reset(UserId user) {
        return secrets.renew(user);
    }

    /** When the user's live feed was made, if they have one. */
    public Optional<Instant> feedSince(UserId user) {
        return secrets.liveSince(user);
    }

    /** The absolute address of a feed; {@code requestBase} serves when no base URL is configured. */
    public String feedUrl(String secret, String requestBase) {
        return properties.url("/calendar/" + secret + ".ics", requestBase);
    }

    /** The feed behind a secret, as iCalendar text; empty when the secret is unknown or revoked. */
    public Optional<String> feed(String secret) {
        return secrets.owner(secret).map(feeds::of);
    }

    /** One meeting as iCalendar text, with its organiser and attendees; 404 outside the workspace. */
    public String meeting(WorkspaceContext context, UUID id, Locale locale) {
        Meeting meeting = meetingService.get(context, id);
        context.requirePartnership(meeting.partnershipId());
        var names = lookups.read(
                context,
                List.of(meeting.partnershipId()),
                List.of(meeting.createdBy().value()));
        var partnership = names.partnership(meeting.partnershipId());
        if (partnership == null) {
            throw new NotFound("rhythm.meeting.notFound");
        }
        var ical = new ICalendars(partnership.name());
        ical.calendar()
                .addEvent(events.meeting(
                        ical,
                        meeting,
                        partnership,
                        names,
                        meetings.attendance(context.workspaceId(), meeting.id()),
                        locale));
        return ical.write();
    }

    /**
     * A recurring meetup's invitation as iCalendar text (METHOD:REQUEST): one event with its RRULE in the meetup's
     * time zone, the cancelled dates as EXDATE, the organiser and the invitees; 404 outside the workspace.
     */
    public String meetup(WorkspaceContext context, UUID id) {
        return invitation(context, meetupService.get(context, id));
    }

    /**
     * The same invitation addressed to {@code person} too (a contact or member about to be invited, e.g. a coffee
     * redirected to the meetup), so the file sent to them names them among the attendees; 400 for anyone else.
     */
    public String meetup(WorkspaceContext context, UUID id, UUID person) {
        Meetup meetup = meetupService.get(context, id);
        return invitation(context, meetup.with(meetupService.invitee(context, person)));
    }

    private String invitation(WorkspaceContext context, Meetup meetup) {
        var organiser = workspaces.members(context, List.of(meetup.createdBy())).get(meetup.createdBy());
        var ical = new ICalendars(meetup.plan().title());
        ical.calendar().setMethod(Method.request());
        ical.calendar().addEvent(events.meetup(ical, meetup, context.workspaceId(), organiser));
        return ical.write();
    }
}
