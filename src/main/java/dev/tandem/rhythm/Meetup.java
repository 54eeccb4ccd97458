package dev.tandem.rhythm;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recurring group meetup (the first Friday of each month at 17:30 at Caffè Centrale): its plan, who is invited
 * (contacts and members), and the dates cancelled. Occurrences are expanded from the plan's rule, never stored.
 */
public record Meetup(
        UUID id,
        MeetupPlan plan,
        List<Invitee> invitees,
        Set<LocalDate> cancelled,
        UserId createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable UserId updatedBy) {

    public static final int MAX_INVITEES = 200;

    public Meetup {
        invitees = List.copyOf(invitees);
        cancelled = Set.copyOf(cancelled);
    }

    /** The meetup with {@code invitee} among its invitees too (as it will be once they are invited). */
    public Meetup with(Invitee invitee) {
        if (invitees.stream().anyMatch(i -> i.personId().equals(invitee.personId()))) {
            return this;
        }
        var all = new ArrayList<>(invitees);
        all.add(invitee);
        return new Meetup(id, plan, all, cancelled, createdBy, createdAt, updatedAt, version, updatedBy);
    }

    /** Someone invited: a contact or a member, with the name and address the invitation goes to. */
    public record Invitee(
            Kind kind, UUID personId, String name, @Nullable String email) {

        public enum Kind {
            CONTACT,
            MEMBER
        }
    }

    /** One occurrence: its day, local start, start and end instants, whether cancelled, and who came. */
    public record Occurrence(
            LocalDate on,
            LocalDateTime localStart,
            Instant startsAt,
            Instant endsAt,
            boolean cancelled,
            Map<UUID, AttendanceStatus> attendance) {

        public Occurrence {
            attendance = Map.copyOf(attendance);
        }
    }
}
