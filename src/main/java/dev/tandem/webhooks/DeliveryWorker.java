package dev.tandem.webhooks;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.AuditLog;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the due tries, on every node: claims each delivery for one try (a conditional update, so no two nodes make
 * the same try), checks the address again, signs and posts, and records the attempt. A failed try is retried after
 * {@code first-retry}, doubling each time, until a day (by default) has passed since the delivery was owed; then it
 * is given up. Repeated failures in a row disable the endpoint, which goes in the audit log.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final Endpoints endpoints;
    private final Targets targets;
    private final Sender sender;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final WebhookProperties properties;
    private final Clock clock;

    DeliveryWorker(
            Outbox outbox,
            Endpoints endpoints,
            Targets targets,
            Sender sender,
            AuditLog audit,
            TransactionTemplate transactions,
            WebhookProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.targets = targets;
        this.sender = sender;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Makes the tries due now; answers how many this node made. */
    int run() {
        int made = 0;
        Instant now = clock.instant();
        for (var delivery : outbox.due(now, BATCH)) {
            if (outbox.claim(delivery, now, now.plus(properties.claimFor()))) {
                attempt(delivery);
                made++;
            }
        }
        return made;
    }

    private void attempt(Outbox.Claimed delivery) {
        var stored = endpoints.find(delivery.workspace(), delivery.endpointId()).orElse(null);
        if (stored == null) {
            return;
        }
        Instant now = clock.instant();
        URI uri = URI.create(stored.endpoint().url());
        String refusal = targets.refusal(uri);
        Sender.Outcome outcome;
        if (refusal != null) {
            outcome = new Sender.Outcome(
                    null, refusal.equals("webhooks.url.private") ? "refused: not a public address" : "unresolvable");
        } else {
            String id = delivery.messageId().toString();
            long timestamp = now.getEpochSecond();
            String signature = Secrets.header(stored.signingSecrets(now), id, timestamp, delivery.payload());
            outcome = sender.post(uri, id, timestamp, signature, delivery.payload());
        }
        Instant after = clock.instant();
        transactions.executeWithoutResult(
                tx -> record(delivery, stored.endpoint().url(), outcome, after));
    }

    private void record(Outbox.Claimed delivery, String url, Sender.Outcome outcome, Instant at) {
        outbox.attempt(delivery, at, outcome.statusCode(), outcome.accepted(), outcome.error());
        if (outcome.accepted()) {
            outbox.finish(delivery, at, outcome.statusCode(), true, null, null);
            endpoints.succeeded(delivery.workspace(), delivery.endpointId());
            return;
        }
        outbox.finish(delivery, at, outcome.statusCode(), false, outcome.error(), next(delivery, at));
        if (endpoints.failed(delivery.workspace(), delivery.endpointId(), properties.disableAfterFailures(), at)) {
            log.warn(
                    "Webhook endpoint {} disabled after {} failures",
                    delivery.endpointId(),
                    properties.disableAfterFailures());
            audit.record(delivery.workspace(), null, null, AuditAction.WEBHOOK_DISABLED, url);
        }
    }

    /** When to try again after the failed try that made {@code attempts} + 1, or null to give up. */
    private @Nullable Instant next(Outbox.Claimed delivery, Instant at) {
        int shift = Math.min(delivery.attempts(), 20);
        Duration wait = properties.firstRetry().multipliedBy(1L << shift);
        Instant next = at.plus(wait);
        return next.isAfter(delivery.since().plus(properties.giveUpAfter())) ? null : next;
    }
}
