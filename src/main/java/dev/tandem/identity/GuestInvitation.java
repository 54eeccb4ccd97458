package dev.tandem.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A guest invitation to a partnership and what became of it; {@code guestName} once someone accepted it. */
public record GuestInvitation(
        UUID id,
        String email,
        Status status,
        String invitedBy,
        Instant invitedAt,
        @Nullable String guestName) {

    public enum Status {
        PENDING,
        ACCEPTED,
        REVOKED,
        EXPIRED
    }

    /** Whether revoking it still changes something. */
    public boolean revocable() {
        return status == Status.PENDING || status == Status.ACCEPTED;
    }
}
