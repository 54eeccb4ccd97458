package dev.tandem.goals;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A shared goal of one partnership, at a version raised by every change, last changed by {@code updatedBy}. */
public record Goal(
        UUID id,
        UUID partnershipId,
        GoalDetails details,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable UserId updatedBy) {

    public static final int MAX_PER_PARTNERSHIP = 200;

    public String title() {
        return details.title();
    }

    public GoalStatus status() {
        return details.status();
    }
}
