package dev.tandem.partnerships.web;

import dev.tandem.partnerships.Cadence;
import dev.tandem.partnerships.CadenceStatus;
import dev.tandem.partnerships.Note;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipDetails;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.StageChange;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON of the partnerships API: requests with their limits, and views. */
final class ApiModels {

    private ApiModels() {}

    /**
     * A partnership to create or replace. {@code stage} is read on create only (an active stage,
     * EXPLORING by default); the owner defaults to the caller and the cadence to 14/30 days.
     */
    record PartnershipRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
            String name,

            @NotNull(message = "{validation.required}") PartnershipKind kind,
            @Nullable Stage stage,
            @Nullable UUID ownerId,
            @Nullable UUID organizationId,
            @Nullable UUID contactId,

            @Nullable @Size(max = 2000, message = "{validation.size.max}")
            String purpose,

            @Nullable @Size(max = PartnershipDetails.MAX_VALUES, message = "{validation.size.max}")
            List<@Size(max = PartnershipDetails.VALUE_LENGTH, message = "{validation.size.max}") String> values,

            @Nullable
            @Min(value = 1, message = "{validation.min}")
            @Max(value = Cadence.LONGEST, message = "{validation.max}")
            Integer cadenceIdealDays,

            @Nullable
            @Min(value = 1, message = "{validation.min}")
            @Max(value = Cadence.LONGEST, message = "{validation.max}")
            Integer cadenceMaxDays,

            @Nullable Visibility visibility) {

        PartnershipDetails details(UserId caller) {
            int ideal = cadenceIdealDays == null ? Cadence.DEFAULT.idealDays() : cadenceIdealDays;
            int max = cadenceMaxDays == null ? Math.max(ideal, Cadence.DEFAULT.maxDays()) : cadenceMaxDays;
            return new PartnershipDetails(
                    name,
                    kind,
                    ownerId == null ? caller : UserId.of(ownerId),
                    organizationId,
                    contactId,
                    purpose,
                    values == null ? List.of() : values,
                    new Cadence(ideal, max),
                    visibility == null ? Visibility.INTERNAL : visibility);
        }
    }

    record StageRequest(
            @NotNull(message = "{validation.required}") Stage stage,

            @NotBlank(message = "{validation.required}")
            @Size(max = StageChange.REASON_LENGTH, message = "{validation.size.max}")
            String reason) {}

    record NoteRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = Note.BODY_LENGTH, message = "{validation.size.max}")
            String body,

            @Nullable Visibility visibility) {}

    /** Exactly one of {@code userId} (our side, a member) and {@code contactId} (their side, a contact). */
    record ParticipantRequest(
            @Nullable UUID userId,
            @Nullable UUID contactId,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String role) {}

    record Ref(UUID id, @Nullable String name) {}

    record PartnershipJson(
            UUID id,
            String name,
            PartnershipKind kind,
            Stage stage,
            List<Stage> allowedStages,
            Ref owner,
            @Nullable Ref organization,
            @Nullable Ref contact,
            @Nullable String purpose,
            List<String> values,
            int cadenceIdealDays,
            int cadenceMaxDays,
            CadenceStatus cadenceStatus,
            Instant dueAt,
            Instant overdueAt,
            Visibility visibility,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant lastContactedAt,
            long version) {

        static PartnershipJson of(PartnershipView view) {
            Partnership p = view.partnership();
            var d = p.details();
            return new PartnershipJson(
                    p.id(),
                    d.name(),
                    d.kind(),
                    p.stage(),
                    p.allowedMoves(),
                    new Ref(d.ownerId().value(), view.ownerName()),
                    d.organizationId() == null ? null : new Ref(d.organizationId(), view.organizationName()),
                    d.contactId() == null ? null : new Ref(d.contactId(), view.contactName()),
                    d.purpose(),
                    d.values(),
                    d.cadence().idealDays(),
                    d.cadence().maxDays(),
                    view.cadenceStatus(),
                    p.dueAt(),
                    p.overdueAt(),
                    d.visibility(),
                    p.createdAt(),
                    p.updatedAt(),
                    p.lastContactedAt(),
                    p.version());
        }
    }

    record StageChangeJson(UUID id, @Nullable Stage from, Stage to, String reason, Ref changedBy, Instant changedAt) {

        static StageChangeJson of(StageChange change, Map<UUID, String> members) {
            return new StageChangeJson(
                    change.id(),
                    change.from(),
                    change.to(),
                    change.reason(),
                    new Ref(
                            change.actorId().value(),
                            members.get(change.actorId().value())),
                    change.changedAt());
        }
    }

    record NoteJson(UUID id, String body, Visibility visibility, Ref author, Instant createdAt) {

        static NoteJson of(Note note, Map<UUID, String> members) {
            return new NoteJson(
                    note.id(),
                    note.body(),
                    note.visibility(),
                    new Ref(note.authorId().value(), members.get(note.authorId().value())),
                    note.createdAt());
        }
    }

    record ParticipantJson(
            UUID id, Side side, UUID personId, @Nullable String name, String role, Instant addedAt) {

        static ParticipantJson of(ParticipantView view) {
            var p = view.participant();
            return new ParticipantJson(p.id(), p.side(), p.personId(), view.name(), p.role(), p.addedAt());
        }
    }

    record TimelineJson(
            UUID id, String type, String text, @Nullable String actorName, Instant occurredAt, boolean interaction) {}
}
