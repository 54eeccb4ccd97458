package dev.tandem.webhooks;

import dev.tandem.shared.Ids;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an event in the outbox, in the caller's transaction: its envelope once, and a delivery for each endpoint that
 * takes it (nothing at all when none does).
 */
@Component
class Publications {

    private final Endpoints endpoints;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    Publications(Endpoints endpoints, Outbox outbox, JsonMapper json, Clock clock) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** The event for every subscribed endpoint; answers how many deliveries it made. */
    int publish(WorkspaceId workspace, EventType type, Instant occurredAt, Map<String, Object> data) {
        List<UUID> to = endpoints.subscribed(workspace, type);
        if (to.isEmpty()) {
            return 0;
        }
        UUID message = write(workspace, type, occurredAt, data);
        Instant now = clock.instant();
        to.forEach(endpoint -> outbox.deliver(workspace, endpoint, message, now));
        return to.size();
    }

    /** The event for one endpoint, whatever it takes: a test event. Answers the delivery. */
    UUID publishTo(WorkspaceId workspace, UUID endpoint, EventType type, Map<String, Object> data) {
        Instant now = clock.instant();
        UUID message = write(workspace, type, now, data);
        return outbox.deliver(workspace, endpoint, message, now);
    }

    private UUID write(WorkspaceId workspace, EventType type, Instant occurredAt, Map<String, Object> data) {
        UUID id = Ids.next();
        var envelope = new Envelope(Envelope.VERSION, id, type.wireName(), occurredAt, workspace.value(), data);
        outbox.message(workspace, id, type, json.writeValueAsString(envelope), clock.instant());
        return id;
    }
}
