package dev.tandem.recognition;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A milestone of a partnership, at a version raised by every change. */
public record Milestone(
        UUID id,
        UUID partnershipId,
        MilestoneDetails details,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable UserId updatedBy) {

    public static final int MAX_PER_PARTNERSHIP = 500;

    public String title() {
        return details.title();
    }
}
