package dev.tandem.notify;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member's weekly digest of one week (its Monday) as the workspace's admins see it: how far it got, and why not. */
public record DigestDelivery(
        UserId userId,
        LocalDate week,
        DigestStatus status,
        int attempts,
        @Nullable Instant sentAt,
        @Nullable Instant nextAttempt,
        @Nullable String lastError) {}
