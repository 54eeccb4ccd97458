package dev.tandem.rhythm;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An all-day reminder another module puts in a member's calendar feed: a stable id, the first day, how many months
 * apart it recurs (null: once), a text of that module's bundle with its arguments, and the page (a path within the
 * workspace) where it is acted on.
 */
public record FeedReminder(
        String uid, LocalDate on, @Nullable Integer everyMonths, String messageKey, List<String> args, String path) {

    public FeedReminder {
        args = List.copyOf(args);
    }
}
