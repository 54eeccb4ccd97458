package dev.tandem.contacts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation of the workspace; {@code contactCount} is how many contacts work there. */
public record Organization(
        UUID id,
        String name,
        @Nullable String website,
        @Nullable String industry,
        @Nullable String size,
        @Nullable String notes,
        List<String> tags,
        int contactCount,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @JsonIgnore @Nullable UserId updatedBy)
        implements VersionedRecord {

    public Organization {
        tags = List.copyOf(tags);
    }

    Organization withTags(List<String> newTags) {
        return new Organization(
                id,
                name,
                website,
                industry,
                size,
                notes,
                newTags,
                contactCount,
                createdAt,
                updatedAt,
                version,
                updatedBy);
    }
}
