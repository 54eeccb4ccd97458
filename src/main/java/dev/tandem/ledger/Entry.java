package dev.tandem.ledger;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contribution or a reward of one side of a partnership, at a version raised by every change. */
public record Entry(
        UUID id,
        UUID partnershipId,
        Flow flow,
        EntryDetails details,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable UserId updatedBy) {

    public static final int MAX_PER_PARTNERSHIP = 5000;
}
