package dev.tandem.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tandem.webhooks.*}, the installation administrator's settings: whether endpoints may be on private,
 * loopback or link-local addresses ({@code allow-private-targets}, off: only public addresses), the timeouts and the
 * largest answer read, how often each node looks for due deliveries ({@code poll}; {@code worker} false: never), the
 * first retry's delay (each next one doubles, for up to {@code give-up-after}), and how many failed tries in a row
 * disable an endpoint.
 */
@ConfigurationProperties("tandem.webhooks")
record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("64KB") DataSize maxResponseSize,
        @DefaultValue("true") boolean worker,
        @DefaultValue("5s") Duration poll,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("15") int disableAfterFailures,
        @DefaultValue("24h") Duration rotationOverlap,
        @DefaultValue("2m") Duration claimFor) {}
