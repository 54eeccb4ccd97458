package dev.tandem.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registered endpoint, without its secret. {@code disabledAt} is set when repeated failures switched it off (it
 * stays off until an admin turns it on again); {@code previousSecretUntil}, while a rotated-out secret still signs.
 */
public record Endpoint(
        UUID id,
        String url,
        @Nullable String description,
        List<EventType> eventTypes,
        boolean active,
        int failures,
        @Nullable Instant disabledAt,
        @Nullable Instant previousSecretUntil,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Endpoint {
        eventTypes = List.copyOf(eventTypes);
    }

    /** Whether deliveries go out to it now. */
    public boolean delivering() {
        return active && disabledAt == null;
    }
}
