package dev.tandem.rhythm;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A change to a commitment; a null part stays as it is. {@code doneOn} goes with DONE and defaults to today. */
public record CommitmentChange(
        @Nullable String what,
        @Nullable UUID ownerId,
        @Nullable LocalDate dueOn,
        @Nullable CommitmentStatus status,
        @Nullable LocalDate doneOn) {

    /** Only a new status, as the pages' buttons change it. */
    public static CommitmentChange to(CommitmentStatus status) {
        return new CommitmentChange(null, null, null, status, null);
    }
}
