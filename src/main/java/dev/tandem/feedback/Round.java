package dev.tandem.feedback;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A round of a pulse survey, sent at once to people of one or many partnerships. Its links work until it expires
 * or is closed, whichever comes first.
 *
 * @param openQuestion1 the template's question when the round was sent; null for the default text
 */
public record Round(
        UUID id,
        String title,
        @Nullable String openQuestion1,
        @Nullable String openQuestion2,
        UserId openedBy,
        Instant openedAt,
        Instant expiresAt,
        @Nullable Instant closedAt,
        long version) {

    public static final int TITLE_LENGTH = 200;
    public static final int DEFAULT_DAYS = 14;
    public static final int MAX_DAYS = 60;
    public static final int MAX_PEOPLE = 500;

    public enum Status {
        OPEN,
        CLOSED,
        EXPIRED
    }

    public Status status(Instant now) {
        if (closedAt != null) {
            return Status.CLOSED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }

    /** Whether its links still take answers at {@code now}. */
    public boolean open(Instant now) {
        return status(now) == Status.OPEN;
    }
}
