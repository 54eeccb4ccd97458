package dev.tandem.webhooks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message owed to one endpoint, as the delivery log shows it: {@code PENDING} (waiting for its next try),
 * {@code DELIVERED} (a 2xx answer) or {@code FAILED} (given up after a day of tries). {@code messageId} is the
 * {@code webhook-id} a receiver sees, the same on every try and redelivery.
 */
@Schema(name = "WebhookDelivery")
public record Delivery(
        UUID id,
        UUID endpointId,
        UUID messageId,
        EventType eventType,
        Status status,
        int attempts,
        @Nullable Integer lastStatusCode,
        @Nullable String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant finishedAt) {

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }
}
