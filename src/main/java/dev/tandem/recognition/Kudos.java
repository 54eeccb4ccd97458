package dev.tandem.recognition;

import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A thank-you to one person of a partnership, for a contribution or a milestone, given by a member (or by a guest, to
 * our side). A SHARED one is seen by the partnership's guests too, in its shared space.
 */
public record Kudos(
        UUID id,
        UUID partnershipId,
        Contributor to,
        @Nullable UUID milestoneId,
        String message,
        UserId givenBy,
        LocalDate givenOn,
        Instant createdAt,
        Visibility visibility) {

    public static final int MESSAGE_LENGTH = 500;
    public static final int MAX_PER_PARTNERSHIP = 2000;

    /** The message as it is kept, or a refusal (400) when it is blank or too long. */
    public static String message(String text) {
        String message = text.strip();
        if (message.isEmpty()) {
            throw new InvalidInput("validation.required").on("message");
        }
        if (message.length() > MESSAGE_LENGTH) {
            throw new InvalidInput("validation.size.max", MESSAGE_LENGTH).on("message");
        }
        return message;
    }
}
