package dev.tandem.rhythm;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something one side promised, by a date. {@code ownerId} is the participant who owns it (on the owning
 * side), {@code meetingId} the meeting whose action item it was, when it came from one.
 */
public record Commitment(UUID id, UUID partnershipId, @Nullable UUID meetingId, String what, OwnerSide ownerSide,
        @Nullable UUID ownerId, LocalDate dueOn, CommitmentStatus status, @Nullable LocalDate doneOn,
        UserId createdBy, Instant createdAt) {

    public static final int WHAT_LENGTH = 500;

    /** Delivered, on or before the due date. */
    public boolean onTime() {
        return status == CommitmentStatus.DONE && doneOn != null && !doneOn.isAfter(dueOn);
    }

    public boolean overdue(LocalDate today) {
        return status == CommitmentStatus.OPEN && dueOn.isBefore(today);
    }

    Commitment with(String newWhat, @Nullable UUID newOwner, LocalDate newDue, CommitmentStatus newStatus,
            @Nullable LocalDate newDone) {
        return new Commitment(id, partnershipId, meetingId, newWhat, ownerSide, newOwner, newDue, newStatus, newDone,
                createdBy, createdAt);
    }
}
