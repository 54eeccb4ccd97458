package dev.tandem.identity;

import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person with an account. */
public record User(
        UserId id,
        String email,
        String displayName,
        String passwordHash,
        Locale locale,
        ZoneId timeZone,
        @Nullable WorkspaceId lastWorkspaceId,
        Instant createdAt) {

    /** The longest address there can be (RFC 5321's 64 + 1 + 255), and the columns' size. */
    public static final int EMAIL_LENGTH = 320;

    /** Emails are unique regardless of case; this is the form they are compared in. */
    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
