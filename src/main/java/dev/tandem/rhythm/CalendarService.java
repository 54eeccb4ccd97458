package dev.tandem.rhythm;

import biweekly.component.VEvent;
import biweekly.parameter.CalendarUserType;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Organizer;
import biweekly.property.Status;
import dev.tandem.contacts.ContactService;
import dev.tandem.identity.AccountService;
import dev.tandem.identity.Member;
import dev.tandem.identity.User;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.identity.WorkspaceSummary;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars: each user's secret, revocable iCalendar feed, and one meeting as an {@code .ics} file.
 *
 * <p>A feed is the user's, across every workspace they belong to now. It holds, from {@value #PAST_DAYS}
 * days ago on (at most {@value #MAX_ITEMS} meetings and as many commitments per workspace):
 * <ul>
 * <li>every meeting of the partnerships that are "theirs": those they own, and those they take part in on
 * our side. Partnerships they cannot see (visibility) are left out, as in the app;</li>
 * <li>the due dates of the open commitments they owe: ours, owned by them, or owned by nobody in a
 * partnership they own. Each is an all-day event.</li>
 * </ul>
 * The secret is the credential: only its SHA-256 is kept, so the URL is shown once, when it is made;
 * making a new one revokes the old.
 */
@Service
public class CalendarService {

    /** A new feed: its secret, shown once. */
    public record CreatedFeed(String secret, Instant createdAt) implements java.io.Serializable {
    }

    static final int PAST_DAYS = 90;
    static final int MAX_ITEMS = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeeds feeds;
    private final Meetings meetings;
    private final Commitments commitments;
    private final MeetingService meetingService;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final AccountService accounts;
    private final WorkspaceService workspaces;
    private final ContactService contacts;
    private final MessageSource messages;
    private final TandemProperties properties;
    private final Clock clock;

    CalendarService(CalendarFeeds feeds, Meetings meetings, Commitments commitments, MeetingService meetingService,
            PartnershipService partnerships, PartnershipParticipants participants, AccountService accounts,
            WorkspaceService workspaces, ContactService contacts, MessageSource messages, TandemProperties properties,
            Clock clock) {
        this.feeds = feeds;
        this.meetings = meetings;
        this.commitments = commitments;
        this.meetingService = meetingService;
        this.partnerships = partnerships;
        this.participants = participants;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.contacts = contacts;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Makes a new feed secret for the user, revoking the one they had. */
    @Transactional
    public CreatedFeed reset(UserId user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        feeds.revokeAll(user, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.insert(Ids.next(), user, hash(secret), now);
        return new CreatedFeed(secret, now);
    }

    /** When the user's live feed was made, if they have one. */
    public Optional<Instant> feedSince(UserId user) {
        return feeds.liveSince(user);
    }

    /** The absolute address of a feed. */
    public String feedUrl(String secret) {
        return properties.url("/calendar/" + secret + ".ics");
    }

    /** The feed behind a secret, as iCalendar text; empty when the secret is unknown or revoked. */
    public Optional<String> feed(String secret) {
        if (secret.isEmpty() || secret.length() > 100) {
            return Optional.empty();
        }
        return feeds.owner(hash(secret)).map(this::feedOf);
    }

    /** One meeting as iCalendar text, with its organiser and attendees; 404 outside the workspace. */
    public String meeting(WorkspaceContext context, UUID id, Locale locale) {
        Meeting meeting = meetingService.get(context, id);
        var scope = new Scope(context, locale);
        var partnership = scope.partnership(meeting.partnershipId());
        if (partnership == null) {
            throw new NotFound("rhythm.meeting.notFound");
        }
        var ical = new ICalendars(partnership.view().partnership().name());
        ical.calendar().addEvent(scope.event(ical, meeting, partnership,
                meetings.attendance(context.workspaceId(), meeting.id())));
        return ical.write();
    }

    private String feedOf(UserId userId) {
        User user = accounts.user(userId);
        Instant from = clock.instant().minus(Duration.ofDays(PAST_DAYS));
        LocalDate fromDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
        var ical = new ICalendars(messages.getMessage("rhythm.calendar.name", new Object[] {user.displayName()},
                user.locale()));
        for (WorkspaceSummary summary : accounts.workspaces(userId)) {
            var context = new WorkspaceContext(summary.id(), summary.name(), userId, user.displayName(), summary.role());
            var scope = new Scope(context, user.locale());
            var mine = Mine.of(participants, context, userId);
            var theirs = meetings.ofPartnerships(summary.id(), mine.partnerships(), from, null, MAX_ITEMS);
            var attendance = meetings.attendanceOf(summary.id(), theirs.stream().map(Meeting::id).toList());
            for (Meeting meeting : theirs) {
                var partnership = scope.partnership(meeting.partnershipId());
                if (partnership != null) {
                    ical.calendar().addEvent(scope.event(ical, meeting, partnership,
                            attendance.getOrDefault(meeting.id(), Map.of())));
                }
            }
            for (Commitment commitment : commitments.openOwedBy(summary.id(), mine.participations(), mine.owned(),
                    fromDay, null, MAX_ITEMS)) {
                var partnership = scope.partnership(commitment.partnershipId());
                if (partnership != null) {
                    ical.calendar().addEvent(scope.due(commitment, partnership));
                }
            }
        }
        return ical.write();
    }

    /** A partnership as the calendar needs it: its name and owner, and who takes part. */
    private record Partnership(PartnershipView view, List<ParticipantView> participants) {
    }

    /** What is read in one workspace as its member, each thing once. */
    private final class Scope {

        private final WorkspaceContext context;
        private final Locale locale;
        private final Map<UUID, Optional<Partnership>> partnershipsById = new HashMap<>();
        private final Map<UUID, Optional<Member>> members = new HashMap<>();
        private final Map<UUID, Optional<String>> contactEmails = new HashMap<>();

        Scope(WorkspaceContext context, Locale locale) {
            this.context = context;
            this.locale = locale;
        }

        /** The partnership, or null when it is gone or hidden from this member. */
        @Nullable Partnership partnership(UUID id) {
            return partnershipsById.computeIfAbsent(id, key -> {
                try {
                    return Optional.of(new Partnership(partnerships.get(context, key), participants.ofKnown(context, key)));
                } catch (Refusal hidden) {
                    return Optional.empty();
                }
            }).orElse(null);
        }

        VEvent event(ICalendars ical, Meeting meeting, Partnership partnership, Map<UUID, AttendanceStatus> recorded) {
            var event = new VEvent();
            event.setUid("meeting-" + meeting.id() + "@tandem");
            event.setDateTimeStamp(java.util.Date.from(clock.instant()));
            event.setCreated(java.util.Date.from(meeting.createdAt()));
            event.setSummary(text("rhythm.calendar.meetingSummary", text("rhythm.type." + meeting.type().name()),
                    partnership.view().partnership().name()));
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
                        .map(a -> "• " + (a.listenFirst() ? text("rhythm.agenda.listenFirst") : a.title()))
                        .collect(Collectors.joining("\n")));
            }
            event.setUrl(properties.url("/w/" + context.workspaceId() + "/meetings/" + meeting.id()));
            Member organizer = member(meeting.createdBy().value());
            if (organizer == null) {
                organizer = member(partnership.view().partnership().details().ownerId().value());
            }
            if (organizer != null) {
                event.setOrganizer(new Organizer(organizer.displayName(), organizer.email()));
            }
            partnership.participants().stream()
                    .sorted(java.util.Comparator.comparing((ParticipantView v) -> v.participant().side()))
                    .forEach(v -> event.addAttendee(attendee(v, recorded.get(v.participant().id()))));
            return event;
        }

        VEvent due(Commitment commitment, Partnership partnership) {
            var event = new VEvent();
            event.setUid("commitment-" + commitment.id() + "@tandem");
            event.setDateTimeStamp(java.util.Date.from(clock.instant()));
            event.setSummary(text("rhythm.calendar.dueSummary", commitment.what(), partnership.view().partnership().name()));
            event.setDateStart(ICalendars.startDay(commitment.dueOn()));
            event.setDateEnd(ICalendars.endDay(commitment.dueOn()));
            event.setTransparency(true);
            event.setUrl(properties.url("/w/" + context.workspaceId() + "/partnerships/" + commitment.partnershipId()
                    + "/commitments"));
            return event;
        }

        private Attendee attendee(ParticipantView view, @Nullable AttendanceStatus status) {
            var participant = view.participant();
            String name = view.name();
            String email = null;
            if (participant.side() == Side.OURS) {
                Member member = member(participant.personId());
                if (member != null) {
                    name = member.displayName();
                    email = member.email();
                }
            } else {
                email = contactEmails.computeIfAbsent(participant.personId(), id -> {
                    try {
                        return contacts.get(context, id).emails().stream().findFirst();
                    } catch (Refusal gone) {
                        return Optional.empty();
                    }
                }).orElse(null);
            }
            var attendee = new Attendee(name, email);
            if (email == null) {
                attendee.setUri("urn:uuid:" + participant.personId());
            }
            attendee.setCalendarUserType(CalendarUserType.INDIVIDUAL);
            attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
            attendee.setParticipationStatus(status == null ? ParticipationStatus.NEEDS_ACTION
                    : status == AttendanceStatus.ATTENDED ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED);
            return attendee;
        }

        private @Nullable Member member(UUID user) {
            return members.computeIfAbsent(user, id -> {
                try {
                    return Optional.of(workspaces.member(context, UserId.of(id)));
                } catch (Refusal gone) {
                    return Optional.empty();
                }
            }).orElse(null);
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
