package dev.tandem.feedback;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone a round can be sent to for a partnership: a participant on either side or a guest who accepted.
 *
 * @param language the language their link opens in: a contact's preferred language when Tandem speaks it, otherwise
 *     the sender's
 */
public record Candidate(
        UUID partnershipId,
        String partnershipName,
        RecipientKind kind,
        UUID personId,
        String name,
        @Nullable String email,
        String language) {

    /** As a form's checkbox value: {@code partnershipId:KIND:personId}. */
    public String key() {
        return partnershipId + ":" + kind + ":" + personId;
    }
}
