package dev.tandem.partnerships;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One move of a partnership's stage, kept for good: why, by whom and when.
 *
 * @param from null for the stage a partnership was created in
 */
public record StageChange(
        UUID id, UUID partnershipId, @Nullable Stage from, Stage to, String reason, UserId actorId, Instant changedAt) {

    public static final int REASON_LENGTH = 500;
}
