package dev.tandem.rhythm;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new commitment: what, which side owes it (and who, a participant on that side), due by when. */
public record CommitmentDraft(
        String what, OwnerSide ownerSide, @Nullable UUID ownerId, LocalDate dueOn) {}
