package dev.tandem.shared.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Request paths as a log line may show them: the secret in a calendar feed's address is its credential. */
final class LoggedPaths {

    private static final Pattern FEED_SECRET = Pattern.compile("(/calendar/)[^/]*(\\.ics)");

    private LoggedPaths() {}

    static @Nullable String of(@Nullable String path) {
        return path == null ? null : FEED_SECRET.matcher(path).replaceAll("$1***$2");
    }
}
