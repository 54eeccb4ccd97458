/**
 * Webhooks: a workspace's admins register endpoints (an http(s) address, the event types it wants, active or not)
 * and Tandem posts each such event to them as a versioned JSON envelope ({@link dev.tandem.webhooks.Envelope}),
 * signed per the Standard Webhooks specification with the endpoint's secret (shown once, rotatable with an overlap
 * during which both secrets sign).
 *
 * <p>Delivery is at least once through a transactional outbox: listening in the publishing transaction to
 * {@link dev.tandem.partnerships.PartnershipCreated}, {@link dev.tandem.partnerships.StageChanged} (an ended
 * partnership also as {@code partnership.ended}), {@link dev.tandem.rhythm.MeetingHeld},
 * {@link dev.tandem.rhythm.CommitmentMade}, {@link dev.tandem.rhythm.CommitmentDelivered},
 * {@link dev.tandem.rhythm.CommitmentSlipped}, {@link dev.tandem.health.SignalRaised},
 * {@link dev.tandem.health.SignalCleared} and {@link dev.tandem.space.PostPublished}, it writes one delivery row per
 * subscribed endpoint with the change, or nothing. A scheduled worker on every node claims due deliveries (a
 * conditional update: one node per attempt), posts them with timeouts and a response-size cap to public addresses
 * only (unless {@code tandem.webhooks.allow-private-targets}), retries with exponential backoff for up to a day,
 * and disables an endpoint after repeated failures, recording it in the audit log. Publishes nothing. Depends on
 * {@code shared}, {@code identity} (the workspace context, the audit log) and the modules whose events it forwards.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "partnerships", "rhythm", "health", "space", "feedback"})
@org.jspecify.annotations.NullMarked
package dev.tandem.webhooks;
