package dev.tandem.goals;

import java.time.Instant;
import java.util.UUID;

/** A shared goal of one partnership. */
public record Goal(UUID id, UUID partnershipId, GoalDetails details, Instant createdAt, Instant updatedAt) {

    public static final int MAX_PER_PARTNERSHIP = 200;

    public String title() {
        return details.title();
    }

    public GoalStatus status() {
        return details.status();
    }
}
