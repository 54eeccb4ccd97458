package dev.tandem.rhythm;

import biweekly.component.VEvent;
import biweekly.parameter.CalendarUserType;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import dev.tandem.identity.Member;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipRef;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Maps meetings and commitment due dates to iCalendar events, in the reader's language, with the names of a
 * {@link CalendarDirectory}: it looks nothing up. Names go into biweekly's properties as they are; the writer
 * escapes them (RFC 5545, and RFC 6868 for quotes and line breaks in a person's name).
 */
@Component
class CalendarEvents {

    /** How far ahead a meetup's VTIMEZONE reaches, so its occurrences keep their local time in every client. */
    static final Duration MEETUP_REACH = Duration.ofDays(2 * 366);

    private final MessageSource messages;
    private final TandemProperties properties;
    private final Clock clock;

    CalendarEvents(MessageSource messages, TandemProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    VEvent meeting(
            ICalendars ical,
            Meeting meeting,
            PartnershipRef partnership,
            CalendarDirectory names,
            Map<UUID, AttendanceStatus> recorded,
            Locale locale) {
        var event = new VEvent();
        event.setUid("meeting-" + meeting.id() + "@tandem");
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setCreated(Date.from(meeting.createdAt()));
        event.setSummary(text(
                locale,
                "rhythm.calendar.meetingSummary",
                text(locale, "rhythm.type." + meeting.type().name()),
                partnership.name()));
        event.setDateStart(ical.start(meeting.startsAt(), meeting.zone()));
        event.setDateEnd(ical.end(meeting.endsAt(), meeting.zone()));
        event.setStatus(Status.confirmed());
        if (meeting.place() != null) {
            event.setLocation(meeting.place());
        } else if (meeting.videoUrl() != null) {
            event.setLocation(meeting.videoUrl());
        }
        if (!meeting.agenda().isEmpty()) {
            event.setDescription(meeting.agenda().stream()
                    .map(a -> "• " + (a.listenFirst() ? text(locale, "rhythm.agenda.listenFirst") : a.title()))
                    .collect(Collectors.joining("\n")));
        }
        event.setUrl(properties.url("/w/" + names.workspace() + "/meetings/" + meeting.id()));
        Member organiser = names.member(meeting.createdBy().value());
        if (organiser == null) {
            organiser = names.member(partnership.ownerId().value());
        }
        if (organiser != null) {
            event.setOrganizer(new Organizer(organiser.displayName(), organiser.email()));
        }
        names.participantsOf(partnership.id()).stream()
                .sorted(Comparator.comparing(
                        (ParticipantView v) -> v.participant().side()))
                .forEach(v -> event.addAttendee(
                        attendee(v, names, recorded.get(v.participant().id()))));
        return event;
    }

    VEvent due(Commitment commitment, PartnershipRef partnership, CalendarDirectory names, Locale locale) {
        var event = new VEvent();
        event.setUid("commitment-" + commitment.id() + "@tandem");
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setSummary(text(locale, "rhythm.calendar.dueSummary", commitment.what(), partnership.name()));
        event.setDateStart(ICalendars.startDay(commitment.dueOn()));
        event.setDateEnd(ICalendars.endDay(commitment.dueOn()));
        event.setTransparency(true);
        event.setUrl(properties.url(
                "/w/" + names.workspace() + "/partnerships/" + commitment.partnershipId() + "/commitments"));
        return event;
    }

    /**
     * A recurring group meetup as one event with its RRULE (in the meetup's zone, so the local time holds across a
     * daylight-saving change), the cancelled dates as EXDATE, and the invitees as attendees.
     */
    VEvent meetup(ICalendars ical, Meetup meetup, WorkspaceId workspace, @Nullable Member organiser) {
        var plan = meetup.plan();
        var zone = plan.zone();
        Instant start = plan.startsOn().atTime(plan.startsAt()).atZone(zone).toInstant();
        var event = new VEvent();
        event.setUid("meetup-" + meetup.id() + "@tandem");
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setCreated(Date.from(meetup.createdAt()));
        event.setSummary(plan.title());
        event.setDateStart(ical.start(start, zone));
        event.setDateEnd(ical.end(start.plus(plan.minutes(), ChronoUnit.MINUTES), zone));
        event.setRecurrenceRule(plan.rule().recurrence());
        ical.stretch(zone, clock.instant().plus(MEETUP_REACH));
        var cancelled = meetup.cancelled().stream()
                .sorted()
                .map(d -> d.atTime(plan.startsAt()).atZone(zone).toInstant())
                .toList();
        if (!cancelled.isEmpty()) {
            event.addExceptionDates(ical.exceptions(cancelled, zone));
        }
        event.setStatus(Status.confirmed());
        if (plan.place() != null) {
            event.setLocation(plan.place());
        } else if (plan.videoUrl() != null) {
            event.setLocation(plan.videoUrl());
        }
        if (plan.videoUrl() != null) {
            event.setDescription(plan.videoUrl());
        }
        event.setUrl(properties.url("/w/" + workspace + "/meetups/" + meetup.id()));
        if (organiser != null) {
            event.setOrganizer(new Organizer(organiser.displayName(), organiser.email()));
        }
        for (Meetup.Invitee invitee : meetup.invitees()) {
            var attendee = new Attendee(invitee.name(), invitee.email());
            if (invitee.email() == null) {
                attendee.setUri("urn:uuid:" + invitee.personId());
            }
            attendee.setCalendarUserType(CalendarUserType.INDIVIDUAL);
            attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
            attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
            event.addAttendee(attendee);
        }
        return event;
    }

    /** Another module's reminder as an all-day event; one that recurs carries a monthly RRULE. */
    VEvent reminder(FeedReminder reminder, WorkspaceId workspace, Locale locale) {
        var event = new VEvent();
        event.setUid(reminder.uid() + "@tandem");
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setSummary(
                messages.getMessage(reminder.messageKey(), reminder.args().toArray(), locale));
        event.setDateStart(ICalendars.startDay(reminder.on()));
        event.setDateEnd(ICalendars.endDay(reminder.on()));
        event.setTransparency(true);
        if (reminder.everyMonths() != null) {
            event.setRecurrenceRule(new Recurrence.Builder(Frequency.MONTHLY)
                    .interval(reminder.everyMonths())
                    .build());
        }
        event.setUrl(properties.url("/w/" + workspace + "/" + reminder.path()));
        return event;
    }

    private static Attendee attendee(ParticipantView view, CalendarDirectory names, @Nullable AttendanceStatus status) {
        var participant = view.participant();
        String name = view.name();
        String email;
        if (participant.side() == Side.OURS) {
            Member member = names.member(participant.personId());
            name = member != null ? member.displayName() : name;
            email = member != null ? member.email() : null;
        } else {
            email = names.contactEmail(participant.personId());
        }
        var attendee = new Attendee(name, email);
        if (email == null) {
            attendee.setUri("urn:uuid:" + participant.personId());
        }
        attendee.setCalendarUserType(CalendarUserType.INDIVIDUAL);
        attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
        attendee.setParticipationStatus(
                status == null
                        ? ParticipationStatus.NEEDS_ACTION
                        : status == AttendanceStatus.ATTENDED
                                ? ParticipationStatus.ACCEPTED
                                : ParticipationStatus.DECLINED);
        return attendee;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
