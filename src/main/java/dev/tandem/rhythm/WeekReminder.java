package dev.tandem.rhythm;

import java.time.LocalDate;
import java.util.List;

/**
 * Something another module asks a member to keep in mind this week, shown on My week: a day, a text of that
 * module's bundle with its arguments, and the page (a path within the workspace) where it is acted on.
 */
public record WeekReminder(LocalDate on, String messageKey, List<String> args, String path) {

    public WeekReminder {
        args = List.copyOf(args);
    }
}
