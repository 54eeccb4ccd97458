package dev.tandem.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal access token as listed: never its secret, which is shown once, at creation. */
public record ApiToken(
        UUID id,
        String name,
        String hint,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt)
        implements Serializable {

    public boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
