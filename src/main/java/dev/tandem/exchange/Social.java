package dev.tandem.exchange;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Recognises LinkedIn and X (Twitter) addresses among a contact's links. */
final class Social {

    private Social() {}

    static boolean isLinkedIn(String value) {
        return host(value).endsWith("linkedin.com");
    }

    static boolean isX(String value) {
        String host = host(value);
        return host.equals("x.com") || host.endsWith(".x.com") || host.endsWith("twitter.com");
    }

    /** {@code https://x.com/ada} is {@code @ada}; a handle is kept as it is. */
    static String xHandle(String value) {
        if (!isX(value)) {
            return value;
        }
        String path = path(value);
        String first = path.replaceFirst("^/+", "").split("/", 2)[0];
        return first.isEmpty() ? value : "@" + first;
    }

    private static String host(String value) {
        try {
            URI uri = URI.create(value.contains("://") ? value.strip() : "https://" + value.strip());
            return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String path(String value) {
        try {
            @Nullable
            String path = URI.create(value.contains("://") ? value.strip() : "https://" + value.strip())
                    .getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
