package dev.tandem.rhythm;

import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of a partnership, the aggregate that guards its own rules: a check-in opens with the "listen first"
 * round, notes and decisions have their limits, and a meeting is held once, not before it starts. Its start and
 * end are instants, shown in the meeting's own time zone; {@code heldAt} is set when it is held. Every change
 * raises its {@code version}; a write based on an older one is refused, never lost.
 */
public record Meeting(
        UUID id,
        UUID partnershipId,
        MeetingType type,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        @Nullable String place,
        @Nullable String videoUrl,
        List<AgendaItem> agenda,
        String notes,
        String decisions,
        @Nullable Instant heldAt,
        UserId createdBy,
        Instant createdAt,
        long version,
        @Nullable UserId updatedBy,
        @Nullable Instant updatedAt) {

    public static final int PLACE_LENGTH = 300;
    public static final int VIDEO_URL_LENGTH = 500;
    public static final int NOTES_LENGTH = 20000;
    public static final int DECISIONS_LENGTH = 4000;

    public Meeting {
        agenda = List.copyOf(agenda);
    }

    /**
     * A new meeting as planned. A check-in opens with the "listen first" round unless {@code listenFirst} is false
     * or its agenda has one: each side says how the partnership feels before any problem-solving.
     */
    static Meeting plan(UUID partnershipId, MeetingDetails details, boolean listenFirst, UserId by, Instant now) {
        List<AgendaItem> agenda = new ArrayList<>(details.agenda() == null ? List.of() : details.agenda());
        if (details.type() == MeetingType.CHECK_IN
                && listenFirst
                && agenda.stream().noneMatch(AgendaItem::listenFirst)) {
            agenda.add(0, AgendaItem.listenFirstRound());
        }
        return new Meeting(
                Ids.next(),
                partnershipId,
                details.type(),
                details.startsAt(),
                details.endsAt(),
                details.zone(),
                details.place(),
                details.videoUrl(),
                agenda,
                "",
                "",
                null,
                by,
                now,
                0,
                by,
                now);
    }

    /**
     * The meeting held: at its end, or {@code now} when it is still going on. One already held, or not started
     * yet, is a conflict.
     */
    Meeting hold(Instant now) {
        if (held()) {
            throw new Conflict("rhythm.meeting.alreadyHeld");
        }
        if (startsAt.isAfter(now)) {
            throw new Conflict("rhythm.meeting.notStarted");
        }
        return heldOn(endsAt.isBefore(now) ? endsAt : now);
    }

    /** The meeting as written by {@code by} at {@code at}, one version on. */
    Meeting written(UserId by, Instant at) {
        return new Meeting(
                id,
                partnershipId,
                type,
                startsAt,
                endsAt,
                zone,
                place,
                videoUrl,
                agenda,
                notes,
                decisions,
                heldAt,
                createdBy,
                createdAt,
                version + 1,
                by,
                at);
    }

    public boolean held() {
        return heldAt != null;
    }

    /** Whether the meeting is still to come: not started and not held (replies and agenda additions are open). */
    public boolean ahead(Instant now) {
        return heldAt == null && startsAt.isAfter(now);
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, zone);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, zone);
    }

    Meeting with(MeetingDetails details) {
        return new Meeting(
                id,
                partnershipId,
                details.type(),
                details.startsAt(),
                details.endsAt(),
                details.zone(),
                details.place(),
                details.videoUrl(),
                details.agenda() == null ? agenda : details.agenda(),
                notes,
                decisions,
                heldAt,
                createdBy,
                createdAt,
                version,
                updatedBy,
                updatedAt);
    }

    Meeting withAgenda(List<AgendaItem> newAgenda) {
        return new Meeting(
                id,
                partnershipId,
                type,
                startsAt,
                endsAt,
                zone,
                place,
                videoUrl,
                newAgenda,
                notes,
                decisions,
                heldAt,
                createdBy,
                createdAt,
                version,
                updatedBy,
                updatedAt);
    }

    /** The notes and decisions as typed, each within its limit; {@code null} keeps one as it is. */
    Meeting minutes(@Nullable String newNotes, @Nullable String newDecisions) {
        String n = newNotes == null ? notes : newNotes.strip();
        String d = newDecisions == null ? decisions : newDecisions.strip();
        if (n.length() > NOTES_LENGTH) {
            throw new InvalidInput("rhythm.tooLong", NOTES_LENGTH).on("notes");
        }
        if (d.length() > DECISIONS_LENGTH) {
            throw new InvalidInput("rhythm.tooLong", DECISIONS_LENGTH).on("decisions");
        }
        return withMinutes(n, d);
    }

    private Meeting withMinutes(String newNotes, String newDecisions) {
        return new Meeting(
                id,
                partnershipId,
                type,
                startsAt,
                endsAt,
                zone,
                place,
                videoUrl,
                agenda,
                newNotes,
                newDecisions,
                heldAt,
                createdBy,
                createdAt,
                version,
                updatedBy,
                updatedAt);
    }

    private Meeting heldOn(Instant at) {
        return new Meeting(
                id,
                partnershipId,
                type,
                startsAt,
                endsAt,
                zone,
                place,
                videoUrl,
                agenda,
                notes,
                decisions,
                at,
                createdBy,
                createdAt,
                version,
                updatedBy,
                updatedAt);
    }
}
