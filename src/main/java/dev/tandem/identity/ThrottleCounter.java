package dev.tandem.identity;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Failed log-ins counted under one key. From the {@code limit}-th failure on, each failure blocks the key for twice
 * as long as the one before ({@code firstDelay}, doubling, at most {@code maxDelay}); the count is forgotten after
 * {@code window} without failures once the block has passed.
 */
record ThrottleCounter(
        String key,
        int limit,
        int failures,
        @Nullable Instant lastFailedAt,
        @Nullable Instant blockedUntil) {

    record Delays(Duration window, Duration firstDelay, Duration maxDelay) {}

    Duration blockedFor(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now) ? Duration.between(now, blockedUntil) : Duration.ZERO;
    }

    ThrottleCounter afterFailure(Instant now, Delays delays) {
        Instant quietSince = blockedUntil != null && lastFailedAt != null && blockedUntil.isAfter(lastFailedAt)
                ? blockedUntil
                : lastFailedAt;
        int count = (quietSince == null || quietSince.plus(delays.window()).isBefore(now) ? 0 : failures) + 1;
        Instant blocked = count < limit ? null : now.plus(delay(count - limit, delays));
        return new ThrottleCounter(key, limit, count, now, blocked);
    }

    /** Undoes one failure counted in advance, for an attempt that turned out right. */
    ThrottleCounter afterSuccess() {
        int count = Math.max(0, failures - 1);
        return new ThrottleCounter(key, limit, count, lastFailedAt, count < limit ? null : blockedUntil);
    }

    private static Duration delay(int beyondLimit, Delays delays) {
        Duration delay = delays.firstDelay().multipliedBy(1L << Math.min(beyondLimit, 20));
        return delay.compareTo(delays.maxDelay()) > 0 ? delays.maxDelay() : delay;
    }
}
