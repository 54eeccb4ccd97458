package dev.tandem.ledger;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a partnership's risk register, at a version raised by every change. */
public record Risk(
        UUID id,
        UUID partnershipId,
        RiskDetails details,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable UserId updatedBy) {

    public static final int MAX_PER_PARTNERSHIP = 100;
}
