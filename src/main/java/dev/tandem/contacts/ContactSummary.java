package dev.tandem.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact as a list shows it. */
public record ContactSummary(
        UUID id,
        String displayName,
        @Nullable String title,
        @Nullable UUID organizationId,
        @Nullable String organizationName,
        @Nullable String primaryEmail,
        List<String> tags,
        @Nullable Instant lastContactedAt) {

    public ContactSummary {
        tags = List.copyOf(tags);
    }
}
