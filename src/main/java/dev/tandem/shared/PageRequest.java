package dev.tandem.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a list starts and how long it is. The cursor is opaque to clients: it carries the id of
 * the last item of the previous page (ids are time-ordered, so "after" is well defined).
 */
public record PageRequest(int limit, @Nullable UUID after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(@Nullable Integer limit, @Nullable String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInput("problem.limit", MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    private static final UUID FIRST = new UUID(0, 0);
    private static final UUID LAST = new UUID(-1, -1);

    /** The id to continue after in a list sorted by id ascending ({@code where id > :after}). */
    public UUID afterAscending() {
        return after == null ? FIRST : after;
    }

    /** The id to continue after in a list sorted by id descending ({@code where id < :after}). */
    public UUID afterDescending() {
        return after == null ? LAST : after;
    }

    /** Asks the database for one more row than shown, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(UUID id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static UUID decode(String cursor) {
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("problem.cursor");
        }
    }
}
