package dev.tandem.contacts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A note about a contact; {@code visibility} says whether partners' guests may ever see it. */
public record ContactNote(
        UUID id,
        UUID contactId,
        String body,
        Visibility visibility,
        @Nullable String authorName,
        Instant createdAt) {

    /** INTERNAL notes stay with the workspace's members; SHARED ones may be shown to guests. */
    public enum Visibility {
        INTERNAL,
        SHARED
    }
}
