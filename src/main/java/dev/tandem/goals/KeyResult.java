package dev.tandem.goals;

import java.time.Instant;
import java.util.UUID;

/** A measurable result of a shared goal. */
public record KeyResult(UUID id, UUID goalId, KeyResultDetails details, Instant createdAt) {

    public static final int MAX_PER_GOAL = 20;
}
