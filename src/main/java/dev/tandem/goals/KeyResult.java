package dev.tandem.goals;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A measurable result of a shared goal, at a version raised by every change, last changed by {@code updatedBy}. */
public record KeyResult(
        UUID id,
        UUID goalId,
        KeyResultDetails details,
        Instant createdAt,
        long version,
        @Nullable UserId updatedBy,
        @Nullable Instant updatedAt) {

    public static final int MAX_PER_GOAL = 20;
}
