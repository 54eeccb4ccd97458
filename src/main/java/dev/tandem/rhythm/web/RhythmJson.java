package dev.tandem.rhythm.web;

import dev.tandem.partnerships.Side;
import dev.tandem.rhythm.AgendaItem;
import dev.tandem.rhythm.Attendance;
import dev.tandem.rhythm.AttendanceStatus;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.Meeting;
import dev.tandem.rhythm.MeetingType;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.Reliability;
import dev.tandem.rhythm.Reply;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The JSON of the rhythm API: requests with their limits, and views. */
final class RhythmJson {

    private RhythmJson() {}

    /** Start and end are wall-clock times ({@code 2026-12-01T10:00}) in {@code timeZone} ({@code Europe/Rome}). */
    record MeetingRequest(
            @NotNull(message = "{validation.required}") MeetingType type,

            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
            String startsAt,

            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
            String endsAt,

            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.size.max}")
            String timeZone,

            @Nullable @Size(max = Meeting.PLACE_LENGTH, message = "{validation.size.max}")
            String place,

            @Nullable @Size(max = Meeting.VIDEO_URL_LENGTH, message = "{validation.size.max}")
            String videoUrl,

            @Nullable @Size(max = AgendaItem.MAX_ITEMS, message = "{validation.size.max}")
            List<
                            @NotBlank(message = "{validation.required}")
                            @Size(max = AgendaItem.TITLE_LENGTH, message = "{validation.size.max}") String>
                    agenda,

            @Nullable Boolean listenFirst) {}

    /** Any subset: planning fields (merged with the meeting's), minutes, and {@code held: true} to mark it held. */
    record MeetingPatch(
            @Nullable MeetingType type,

            @Nullable @Size(max = 40, message = "{validation.size.max}")
            String startsAt,

            @Nullable @Size(max = 40, message = "{validation.size.max}")
            String endsAt,

            @Nullable @Size(max = 64, message = "{validation.size.max}")
            String timeZone,

            @Nullable @Size(max = Meeting.PLACE_LENGTH, message = "{validation.size.max}")
            String place,

            @Nullable @Size(max = Meeting.VIDEO_URL_LENGTH, message = "{validation.size.max}")
            String videoUrl,

            @Nullable @Size(max = Meeting.NOTES_LENGTH, message = "{validation.size.max}")
            String notes,

            @Nullable @Size(max = Meeting.DECISIONS_LENGTH, message = "{validation.size.max}")
            String decisions,

            @Nullable Boolean held) {

        boolean replans() {
            return type != null
                    || startsAt != null
                    || endsAt != null
                    || timeZone != null
                    || place != null
                    || videoUrl != null;
        }
    }

    record AgendaJson(boolean listenFirst, String title) {}

    record MeetingJson(
            UUID id,
            UUID partnershipId,
            MeetingType type,
            String startsAt,
            String endsAt,
            String timeZone,
            Instant startsAtUtc,
            Instant endsAtUtc,
            @Nullable String place,
            @Nullable String videoUrl,
            List<AgendaJson> agenda,
            String notes,
            String decisions,
            boolean held,
            @Nullable Instant heldAt,
            Instant createdAt,
            long version) {

        static MeetingJson of(Meeting m, String listenFirst) {
            return new MeetingJson(
                    m.id(),
                    m.partnershipId(),
                    m.type(),
                    m.localStart().toString(),
                    m.localEnd().toString(),
                    m.zone().getId(),
                    m.startsAt(),
                    m.endsAt(),
                    m.place(),
                    m.videoUrl(),
                    m.agenda().stream()
                            .map(a -> new AgendaJson(a.listenFirst(), a.listenFirst() ? listenFirst : a.title()))
                            .toList(),
                    m.notes(),
                    m.decisions(),
                    m.held(),
                    m.heldAt(),
                    m.createdAt(),
                    m.version());
        }
    }

    record AttendanceRequest(
            @NotNull(message = "{validation.required}") UUID participantId,
            @NotNull(message = "{validation.required}") AttendanceStatus status) {}

    record AttendanceJson(
            UUID participantId,
            Side side,
            UUID personId,
            @Nullable String name,
            @Nullable AttendanceStatus status,

            @Schema(description = "Before the meeting, whether they said they will come (null: no answer)") @Nullable
            Reply reply) {

        static AttendanceJson of(Attendance a) {
            return new AttendanceJson(a.participantId(), a.side(), a.personId(), a.name(), a.status(), a.reply());
        }
    }

    /** {@code dueOn} is an ISO date ({@code 2026-12-01}); {@code ownerId} a participant on the owning side. */
    record CommitmentRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = Commitment.WHAT_LENGTH, message = "{validation.size.max}")
            String what,

            @NotNull(message = "{validation.required}") OwnerSide ownerSide,
            @Nullable UUID ownerId,
            @NotNull(message = "{validation.required}") LocalDate dueOn) {}

    record CommitmentPatch(
            @Nullable @Size(max = Commitment.WHAT_LENGTH, message = "{validation.size.max}")
            String what,

            @Nullable UUID ownerId,
            @Nullable LocalDate dueOn,
            @Nullable CommitmentStatus status,
            @Nullable LocalDate doneOn) {}

    record CommitmentJson(
            UUID id,
            UUID partnershipId,
            @Nullable String partnershipName,
            @Nullable UUID meetingId,
            String what,
            OwnerSide ownerSide,
            @Nullable UUID ownerId,
            @Nullable String ownerName,
            LocalDate dueOn,
            CommitmentStatus status,
            @Nullable LocalDate doneOn,
            boolean overdue,
            Instant createdAt,
            long version) {

        static CommitmentJson of(
                Commitment c,
                LocalDate today,
                Function<UUID, @Nullable String> owners,
                Function<UUID, @Nullable String> partnerships) {
            return new CommitmentJson(
                    c.id(),
                    c.partnershipId(),
                    partnerships.apply(c.partnershipId()),
                    c.meetingId(),
                    c.what(),
                    c.ownerSide(),
                    c.ownerId(),
                    c.ownerId() == null ? null : owners.apply(c.ownerId()),
                    c.dueOn(),
                    c.status(),
                    c.doneOn(),
                    c.overdue(today),
                    c.createdAt(),
                    c.version());
        }
    }

    /** One person's open commitments; {@code personId} is a user id (US) or a contact id (THEM), absent for nobody named. */
    record OwnerGroupJson(
            OwnerSide side,
            @Nullable UUID personId,
            @Nullable String name,
            List<CommitmentJson> items) {}

    record CommitmentBoardJson(String status, LocalDate today, boolean truncated, List<OwnerGroupJson> groups) {}

    record SideJson(
            OwnerSide side, int due, int onTime, @Nullable Integer percent) {

        static SideJson of(Reliability.Side s) {
            return new SideJson(s.side(), s.due(), s.onTime(), s.percent());
        }
    }

    record ReliabilityJson(LocalDate from, LocalDate to, SideJson us, SideJson them) {

        static ReliabilityJson of(Reliability r) {
            return new ReliabilityJson(r.from(), r.to(), SideJson.of(r.us()), SideJson.of(r.them()));
        }
    }
}
