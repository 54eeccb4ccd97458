package dev.tandem.contacts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person of the workspace, with everything known about them. The first email is the primary one. */
public record Contact(
        UUID id,
        @Nullable String givenName,
        @Nullable String familyName,
        String displayName,
        List<String> emails,
        List<String> phones,
        @Nullable UUID organizationId,
        @Nullable String organizationName,
        @Nullable String title,
        @Nullable String department,
        @Nullable String linkedinUrl,
        @Nullable String xHandle,
        @Nullable String website,
        List<String> tags,
        @Nullable String preferredLanguage,
        @Nullable String timeZone,
        @Nullable String howWeMet,
        @Nullable String notes,
        boolean hasPhoto,
        @Nullable Instant lastContactedAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @JsonIgnore @Nullable UserId updatedBy)
        implements VersionedRecord {

    public Contact {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        tags = List.copyOf(tags);
    }

    @JsonProperty("primaryEmail")
    public @Nullable String primaryEmail() {
        return emails.isEmpty() ? null : emails.get(0);
    }
}
