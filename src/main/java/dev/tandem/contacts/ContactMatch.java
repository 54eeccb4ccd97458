package dev.tandem.contacts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact found by a search, as a picker shows it: the name, and where they work. */
public record ContactMatch(
        UUID id,
        String displayName,
        @Nullable UUID organizationId,
        @Nullable String organizationName) {

    static ContactMatch of(ContactSummary summary) {
        return new ContactMatch(
                summary.id(), summary.displayName(), summary.organizationId(), summary.organizationName());
    }
}
