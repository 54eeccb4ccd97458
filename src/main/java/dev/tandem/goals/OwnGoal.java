package dev.tandem.goals;

import dev.tandem.partnerships.Side;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A personal or organisational goal one side has for the partnership, at a version raised by every change, last
 * changed by {@code updatedBy}.
 */
public record OwnGoal(
        UUID id,
        UUID partnershipId,
        Side side,
        OwnGoalKind kind,
        String title,
        @Nullable String description,
        Instant createdAt,
        long version,
        @Nullable UserId updatedBy,
        @Nullable Instant updatedAt) {

    public static final int MAX_PER_PARTNERSHIP = 100;
}
