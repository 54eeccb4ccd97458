package dev.tandem.feedback;

import dev.tandem.shared.Mail;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone a round was sent to, for one partnership, with the language their link opens in and what became of the
 * mail. Only the hash of their link's token is kept.
 *
 * @param personId a contact id, a guest invitation id or a member's user id, after {@code kind}
 * @param delivery {@code SENT}, {@code NOT_CONFIGURED}, {@code FAILED} or {@code NO_EMAIL}
 */
public record Recipient(
        UUID id,
        UUID roundId,
        UUID partnershipId,
        RecipientKind kind,
        UUID personId,
        String name,
        @Nullable String email,
        String language,
        String delivery,
        @Nullable Instant answeredAt)
        implements Serializable {

    static final String NO_EMAIL = "NO_EMAIL";

    static String delivery(Mail.@Nullable Delivery delivery) {
        return delivery == null ? NO_EMAIL : delivery.name();
    }
}
