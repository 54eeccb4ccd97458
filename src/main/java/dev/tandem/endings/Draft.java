package dev.tandem.endings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ready-to-edit message of a playbook step, in one language, to the partnership's contact when there is one.
 *
 * @param meetupId the group meetup a redirected coffee's message invites to, whose invitation (.ics) goes with it;
 *     null for any other message
 */
public record Draft(
        String language,
        @Nullable String to,
        String subject,
        String body,
        @Nullable UUID meetupId) {

    /** The draft as a {@code mailto:} link that opens it in the user's mail client. */
    public String mailto() {
        return "mailto:" + (to == null ? "" : encode(to).replace("%40", "@")) + "?subject=" + encode(subject) + "&body="
                + encode(body);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
