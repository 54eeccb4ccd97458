package dev.tandem.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a member was told of: its kind, what it is about ({@code subject}, usually the partnership's name), a
 * {@code detail} (what was promised, the start of a post), a day when there is one, and where to look, a path
 * inside the workspace ({@code partnerships/…}).
 */
public record Notification(
        UUID id,
        NotificationKind kind,
        String subject,
        String detail,
        @Nullable LocalDate day,
        String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public static final int SUBJECT_LENGTH = 200;
    public static final int DETAIL_LENGTH = 500;

    public boolean unread() {
        return readAt == null;
    }

    static String fit(String text, int length) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= length ? line : line.substring(0, length - 1) + "…";
    }
}
