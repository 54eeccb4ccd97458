package dev.tandem.rhythm;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of a partnership. Its start and end are instants, shown in the meeting's own time zone;
 * {@code heldAt} is set once, when the meeting is marked held.
 */
public record Meeting(UUID id, UUID partnershipId, MeetingType type, Instant startsAt, Instant endsAt, ZoneId zone,
        @Nullable String place, @Nullable String videoUrl, List<AgendaItem> agenda, String notes, String decisions,
        @Nullable Instant heldAt, UserId createdBy, Instant createdAt) {

    public static final int PLACE_LENGTH = 300;
    public static final int VIDEO_URL_LENGTH = 500;
    public static final int NOTES_LENGTH = 20000;
    public static final int DECISIONS_LENGTH = 4000;

    public Meeting {
        agenda = List.copyOf(agenda);
    }

    public boolean held() {
        return heldAt != null;
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, zone);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, zone);
    }

    Meeting with(MeetingDetails details) {
        return new Meeting(id, partnershipId, details.type(), details.startsAt(), details.endsAt(), details.zone(),
                details.place(), details.videoUrl(), details.agenda() == null ? agenda : details.agenda(), notes,
                decisions, heldAt, createdBy, createdAt);
    }

    Meeting withAgenda(List<AgendaItem> newAgenda) {
        return new Meeting(id, partnershipId, type, startsAt, endsAt, zone, place, videoUrl, newAgenda, notes, decisions,
                heldAt, createdBy, createdAt);
    }

    Meeting withMinutes(String newNotes, String newDecisions) {
        return new Meeting(id, partnershipId, type, startsAt, endsAt, zone, place, videoUrl, agenda, newNotes,
                newDecisions, heldAt, createdBy, createdAt);
    }

    Meeting heldOn(Instant at) {
        return new Meeting(id, partnershipId, type, startsAt, endsAt, zone, place, videoUrl, agenda, notes, decisions,
                at, createdBy, createdAt);
    }
}
