package dev.tandem.goals;

import dev.tandem.partnerships.Side;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal or organisational goal one side has for the partnership. */
public record OwnGoal(UUID id, UUID partnershipId, Side side, OwnGoalKind kind, String title,
        @Nullable String description, Instant createdAt) {

    public static final int MAX_PER_PARTNERSHIP = 100;
}
