package dev.tandem.feedback;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * An anonymous retrospective of a partnership: its links work until it expires; its results stay hidden until at
 * least {@code threshold} people (never fewer than {@value #MIN_THRESHOLD}) have answered.
 */
public record Retro(
        UUID id,
        UUID partnershipId,
        String title,
        int threshold,
        UserId openedBy,
        Instant openedAt,
        Instant expiresAt) {

    public static final int MIN_THRESHOLD = 3;
    public static final int MAX_LINKS = 200;
}
