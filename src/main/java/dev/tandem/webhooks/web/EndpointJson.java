package dev.tandem.webhooks.web;

import dev.tandem.shared.InvalidInput;
import dev.tandem.webhooks.Endpoint;
import dev.tandem.webhooks.EndpointInput;
import dev.tandem.webhooks.EndpointSecret;
import dev.tandem.webhooks.EventType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An endpoint as the API shows it; {@code secret} only in the answer that made it (creation, rotation). */
@Schema(name = "WebhookEndpoint")
record EndpointJson(
        UUID id,
        String url,
        @Nullable String description,

        @Schema(description = "The event types it takes, e.g. partnership.created")
        List<String> eventTypes,

        boolean active,
        @Schema(description = "Failed tries in a row") int failures,

        @Schema(description = "Set when repeated failures switched it off; turning it active again clears it") @Nullable
        Instant disabledAt,

        @Schema(description = "Until when the previous secret also signs, after a rotation") @Nullable
        Instant previousSecretUntil,

        @Schema(description = "The signing secret (whsec_…): only in the answer that made it, never again") @Nullable
        String secret,

        Instant createdAt,
        Instant updatedAt,
        long version) {

    static EndpointJson of(Endpoint e) {
        return of(e, null);
    }

    static EndpointJson of(EndpointSecret made) {
        return of(made.endpoint(), made.secret());
    }

    private static EndpointJson of(Endpoint e, @Nullable String secret) {
        return new EndpointJson(
                e.id(),
                e.url(),
                e.description(),
                e.eventTypes().stream().map(EventType::wireName).toList(),
                e.active(),
                e.failures(),
                e.disabledAt(),
                e.previousSecretUntil(),
                secret,
                e.createdAt(),
                e.updatedAt(),
                e.version());
    }

    @Schema(name = "WebhookEndpointRequest")
    record Request(
            @Schema(description = "http(s) address; a public one unless the installation allows private targets")
            @NotBlank(message = "{validation.required}")
            @Size(max = EndpointInput.MAX_URL, message = "{validation.size.max}")
            String url,

            @Size(max = EndpointInput.MAX_DESCRIPTION, message = "{validation.size.max}") @Nullable
            String description,

            @Schema(
                    description = "Event types: partnership.created, partnership.stage_changed, "
                            + "partnership.ended, meeting.held, commitment.created, commitment.delivered, "
                            + "commitment.slipped, signal.raised, signal.cleared, post.created")
            @NotEmpty(message = "{validation.required}")
            @Size(max = 20, message = "{validation.size.max}")
            List<String> eventTypes,

            @Schema(description = "Default true") @Nullable Boolean active) {

        EndpointInput input() {
            List<EventType> types = eventTypes.stream()
                    .map(name -> EventType.ofWireName(name)
                            .filter(EventType::subscribable)
                            .orElseThrow(() -> new InvalidInput("webhooks.events.unknown").on("eventTypes")))
                    .toList();
            return new EndpointInput(url, description, types, active == null || active);
        }
    }
}
