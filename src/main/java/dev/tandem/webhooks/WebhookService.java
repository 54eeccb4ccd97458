package dev.tandem.webhooks;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's webhook endpoints (register, change at a version, rotate the secret, delete), their delivery log,
 * a test event and redelivery. Admins only (the routes say so). An id of another workspace is 404.
 */
@Service
public class WebhookService {

    public static final int MAX_ENDPOINTS = 20;

    private final Endpoints endpoints;
    private final Outbox outbox;
    private final Publications publications;
    private final Targets targets;
    private final ConcurrentChanges changes;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookService(
            Endpoints endpoints,
            Outbox outbox,
            Publications publications,
            Targets targets,
            ConcurrentChanges changes,
            WebhookProperties properties,
            Clock clock) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.publications = publications;
        this.targets = targets;
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
    }

    /** Registers an endpoint; the answer holds its secret, shown this once. */
    @Transactional
    public EndpointSecret register(WorkspaceContext context, EndpointInput input) {
        check(input);
        if (endpoints.count(context.workspaceId()) >= MAX_ENDPOINTS) {
            throw new Conflict("webhooks.tooMany", MAX_ENDPOINTS);
        }
        Instant now = now();
        var endpoint = new Endpoint(
                Ids.next(),
                input.url(),
                input.description(),
                input.eventTypes(),
                input.active(),
                0,
                null,
                null,
                now,
                now,
                0);
        String secret = Secrets.generate();
        endpoints.insert(
                context.workspaceId(), endpoint, secret, context.userId().value());
        return new EndpointSecret(endpoint, secret);
    }

    /**
     * Replaces what the endpoint says, if it still has the version {@code basedOn} (null: the version read now).
     * Turning a disabled endpoint on again clears its failures; its pending deliveries go out again.
     */
    @Transactional
    public Endpoint update(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, EndpointInput input) {
        Endpoint before = get(context, id);
        check(input);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        if (based.version() != before.version()
                || !endpoints.update(
                        context.workspaceId(),
                        id,
                        based.version(),
                        input,
                        now(),
                        context.userId().value())) {
            Endpoint current = get(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    null,
                    current.updatedAt(),
                    ChangedMeanwhile.differing(
                            new EndpointInput(
                                    current.url(), current.description(), current.eventTypes(), current.active()),
                            input));
        }
        return get(context, id);
    }

    /**
     * A new secret, shown this once. The previous one keeps signing too (both signatures are sent) for
     * {@code tandem.webhooks.rotation-overlap}, so that receivers can switch without losing a message.
     */
    @Transactional
    public EndpointSecret rotate(WorkspaceContext context, UUID id) {
        get(context, id);
        Instant now = now();
        String secret = Secrets.generate();
        endpoints.rotate(
                context.workspaceId(),
                id,
                secret,
                now.plus(properties.rotationOverlap()),
                now,
                context.userId().value());
        return new EndpointSecret(get(context, id), secret);
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        if (!endpoints.delete(context.workspaceId(), id)) {
            throw new NotFound("webhooks.notFound");
        }
    }

    public Endpoint get(WorkspaceContext context, UUID id) {
        return endpoints
                .find(context.workspaceId(), id)
                .map(Endpoints.Stored::endpoint)
                .orElseThrow(() -> new NotFound("webhooks.notFound"));
    }

    public List<Endpoint> endpoints(WorkspaceContext context) {
        return endpoints.of(context.workspaceId());
    }

    /** An endpoint's delivery log, newest first. */
    public Page<Delivery> deliveries(WorkspaceContext context, UUID id, PageRequest page) {
        get(context, id);
        return Page.of(outbox.of(context.workspaceId(), id, page), page, Delivery::id);
    }

    /** Queues a {@code webhook.test} message for this endpoint alone; it goes out with the next round. */
    @Transactional
    public Delivery sendTest(WorkspaceContext context, UUID id) {
        get(context, id);
        UUID delivery = publications.publishTo(
                context.workspaceId(),
                id,
                EventType.TEST,
                Map.of("endpointId", id, "message", "A test event from Tandem"));
        return delivery(context, delivery);
    }

    /** Sends a delivered or failed message again, with the same {@code webhook-id}; 409 while it is pending. */
    @Transactional
    public Delivery redeliver(WorkspaceContext context, UUID endpointId, UUID deliveryId) {
        var delivery = delivery(context, deliveryId);
        if (!delivery.endpointId().equals(endpointId)) {
            throw new NotFound("webhooks.delivery.notFound");
        }
        if (!outbox.redeliver(context.workspaceId(), deliveryId, now())) {
            throw new Conflict("webhooks.delivery.pending");
        }
        return delivery(context, deliveryId);
    }

    public Delivery delivery(WorkspaceContext context, UUID deliveryId) {
        return outbox.find(context.workspaceId(), deliveryId)
                .orElseThrow(() -> new NotFound("webhooks.delivery.notFound"));
    }

    /** Whether endpoints may be on private addresses on this installation. */
    public boolean privateTargetsAllowed() {
        return properties.allowPrivateTargets();
    }

    private void check(EndpointInput input) {
        input.check();
        String refusal = targets.refusal(input.uri());
        if (refusal != null) {
            throw new InvalidInput(refusal).on("url");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
