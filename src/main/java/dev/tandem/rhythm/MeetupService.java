package dev.tandem.rhythm;

import dev.tandem.contacts.Contact;
import dev.tandem.contacts.ContactService;
import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring group meetups: plan one with its invitees, change the plan (with the version it was based on), invite a
 * contact or a member, cancel an occurrence, record who came, and read the occurrences expanded from the rule.
 */
@Service
public class MeetupService {

    /** How many occurrences a page or the API lists at most. */
    public static final int MAX_OCCURRENCES = 52;

    private final Meetups meetups;
    private final ContactService contacts;
    private final WorkspaceService workspaces;
    private final ConcurrentChanges changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetupService(
            Meetups meetups,
            ContactService contacts,
            WorkspaceService workspaces,
            ConcurrentChanges changes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetups = meetups;
        this.contacts = contacts;
        this.workspaces = workspaces;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    public List<Meetup> list(WorkspaceContext context) {
        return meetups.all(context.workspaceId());
    }

    public Meetup get(WorkspaceContext context, UUID id) {
        return meetups.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("rhythm.meetup.notFound"));
    }

    /** Plans a meetup, inviting {@code invitees} (contacts' or members' ids; 400 for anyone else). */
    @Transactional
    public Meetup create(WorkspaceContext context, MeetupPlan plan, List<UUID> invitees) {
        if (invitees.size() > Meetup.MAX_INVITEES) {
            throw new InvalidInput("rhythm.meetup.tooMany", Meetup.MAX_INVITEES).on("invitees");
        }
        List<Meetup.Invitee> people = new ArrayList<>();
        for (UUID person : new LinkedHashSet<>(invitees)) {
            people.add(invitee(context, person));
        }
        Instant now = now();
        var meetup = new Meetup(Ids.next(), plan, List.of(), Set.of(), context.userId(), now, now, 0, context.userId());
        meetups.insert(context.workspaceId(), meetup);
        people.forEach(p -> meetups.invite(context.workspaceId(), meetup.id(), p, now));
        events.publishEvent(new MeetupPlanned(
                context.workspaceId(), meetup.id(), plan.title(), plan.rule().text(), context.actor(), now));
        return get(context, meetup.id());
    }

    /** Replaces the plan, if the meetup still has the version {@code basedOn} (null: whatever it has). */
    @Transactional
    public Meetup update(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, MeetupPlan plan) {
        Meetup before = get(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        Instant now = now();
        var after = new Meetup(
                id,
                plan,
                before.invitees(),
                before.cancelled(),
                before.createdBy(),
                before.createdAt(),
                now,
                based.version() + 1,
                context.userId());
        if (based.version() != before.version() || !meetups.update(context.workspaceId(), after, based.version())) {
            Meetup current = get(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.plan(), plan));
        }
        return get(context, id);
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        get(context, id);
        meetups.delete(context.workspaceId(), id);
    }

    /**
     * Invites a contact or a member of the workspace (400 for anyone else); 409 when they are invited already.
     * Returns the invitee as invited.
     */
    @Transactional
    public Meetup.Invitee invite(WorkspaceContext context, UUID id, UUID person) {
        Meetup meetup = get(context, id);
        if (meetup.invitees().size() >= Meetup.MAX_INVITEES) {
            throw new Conflict("rhythm.meetup.tooMany", Meetup.MAX_INVITEES);
        }
        var invitee = invitee(context, person);
        Instant now = now();
        if (!meetups.invite(context.workspaceId(), id, invitee, now)) {
            throw new Conflict("rhythm.meetup.invitedAlready").on("personId");
        }
        meetups.touch(context.workspaceId(), id, now, context.userId());
        return invitee;
    }

    /** Whether {@code person} is invited to the meetup. */
    public boolean invited(WorkspaceContext context, UUID id, UUID person) {
        return get(context, id).invitees().stream().anyMatch(i -> i.personId().equals(person));
    }

    @Transactional
    public void uninvite(WorkspaceContext context, UUID id, UUID person) {
        get(context, id);
        if (!meetups.uninvite(context.workspaceId(), id, person)) {
            throw new NotFound("rhythm.meetup.inviteeNotFound");
        }
        meetups.touch(context.workspaceId(), id, now(), context.userId());
    }

    /** Cancels (or restores) the occurrence of {@code on}; 400 when the meetup does not occur that day. */
    @Transactional
    public void cancel(WorkspaceContext context, UUID id, LocalDate on, boolean cancelled) {
        Meetup meetup = occurring(context, id, on);
        meetups.cancel(context.workspaceId(), id, on, cancelled);
        meetups.touch(context.workspaceId(), meetup.id(), now(), context.userId());
    }

    /** Records whether an invitee came to the occurrence of {@code on}; 400 for a day or person it does not have. */
    @Transactional
    public void attend(WorkspaceContext context, UUID id, LocalDate on, UUID person, AttendanceStatus status) {
        Meetup meetup = occurring(context, id, on);
        if (meetup.invitees().stream().noneMatch(i -> i.personId().equals(person))) {
            throw new InvalidInput("rhythm.meetup.notInvited").on("personId");
        }
        if (meetup.cancelled().contains(on)) {
            throw new Conflict("rhythm.meetup.cancelledOccurrence");
        }
        meetups.attend(context.workspaceId(), id, on, person, status);
    }

    /** The occurrences from {@code from} on, at most {@code count} (up to {@value #MAX_OCCURRENCES}). */
    public List<Meetup.Occurrence> occurrences(WorkspaceContext context, Meetup meetup, LocalDate from, int count) {
        var plan = meetup.plan();
        var starts = plan.rule()
                .between(
                        plan.startsOn(),
                        plan.startsAt(),
                        plan.zone(),
                        from,
                        null,
                        Math.max(1, Math.min(count, MAX_OCCURRENCES)));
        var attendance = meetups.attendance(
                context.workspaceId(),
                meetup.id(),
                starts.stream().map(LocalDateTime::toLocalDate).toList());
        return starts.stream()
                .map(at -> occurrence(meetup, at, attendance.getOrDefault(at.toLocalDate(), Map.of())))
                .toList();
    }

    /** The next occurrence that is not cancelled, from {@code from} on, if any. */
    public Meetup.@Nullable Occurrence next(WorkspaceContext context, Meetup meetup, LocalDate from) {
        return occurrences(context, meetup, from, MAX_OCCURRENCES).stream()
                .filter(o -> !o.cancelled())
                .findFirst()
                .orElse(null);
    }

    static Meetup.Occurrence occurrence(Meetup meetup, LocalDateTime at, Map<UUID, AttendanceStatus> came) {
        Instant start = at.atZone(meetup.plan().zone()).toInstant();
        return new Meetup.Occurrence(
                at.toLocalDate(),
                at,
                start,
                start.plus(meetup.plan().minutes(), ChronoUnit.MINUTES),
                meetup.cancelled().contains(at.toLocalDate()),
                came);
    }

    private Meetup occurring(WorkspaceContext context, UUID id, LocalDate on) {
        Meetup meetup = get(context, id);
        var plan = meetup.plan();
        if (!plan.rule().occursOn(plan.startsOn(), plan.startsAt(), plan.zone(), on)) {
            throw new InvalidInput("rhythm.meetup.noSuchOccurrence").on("date");
        }
        return meetup;
    }

    /** A contact or member of the workspace as an invitee; 400 for anyone else. */
    Meetup.Invitee invitee(WorkspaceContext context, UUID person) {
        var member = workspaces.members(context, List.of(UserId.of(person))).values().stream()
                .findFirst();
        if (member.isPresent()) {
            return new Meetup.Invitee(
                    Meetup.Invitee.Kind.MEMBER,
                    person,
                    member.get().displayName(),
                    member.get().email());
        }
        try {
            Contact contact = contacts.get(context, person);
            return new Meetup.Invitee(
                    Meetup.Invitee.Kind.CONTACT,
                    person,
                    contact.displayName(),
                    contact.emails().isEmpty() ? null : contact.emails().get(0));
        } catch (NotFound gone) {
            throw new InvalidInput("rhythm.meetup.unknownPerson").on("invitees");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
