package dev.tandem.shared;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Too many attempts in a short time (log-ins): refused until {@code retryAfter} has passed. */
public final class TooManyAttempts extends Refusal {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter, String messageKey, Object... args) {
        this(retryAfter, messageKey, args, null);
    }

    private TooManyAttempts(Duration retryAfter, String messageKey, Object[] args, @Nullable String field) {
        super(messageKey, args, field);
        this.retryAfter = retryAfter;
    }

    @Override
    public TooManyAttempts on(String field) {
        return new TooManyAttempts(retryAfter, messageKey(), args(), field);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
