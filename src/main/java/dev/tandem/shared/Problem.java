package dev.tandem.shared;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A refusal the user can act on, answered as an RFC 9457 problem (API) or an inline message (UI).
 * {@code messageKey} names the text in {@code messages.properties} and {@code args} fill it in;
 * {@code field}, when set, is the input the message belongs to.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] args;
    private final @Nullable String field;
    private final @Nullable Duration retryAfter;

    public Problem(HttpStatus status, String messageKey, Object... args) {
        this(status, messageKey, args, null, null);
    }

    private Problem(HttpStatus status, String messageKey, Object[] args, @Nullable String field,
            @Nullable Duration retryAfter) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public static Problem notFound(String messageKey, Object... args) {
        return new Problem(HttpStatus.NOT_FOUND, messageKey, args);
    }

    public static Problem conflict(String messageKey, Object... args) {
        return new Problem(HttpStatus.CONFLICT, messageKey, args);
    }

    public static Problem badRequest(String messageKey, Object... args) {
        return new Problem(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    public static Problem forbidden(String messageKey, Object... args) {
        return new Problem(HttpStatus.FORBIDDEN, messageKey, args);
    }

    public static Problem tooManyRequests(Duration retryAfter, String messageKey, Object... args) {
        return new Problem(HttpStatus.TOO_MANY_REQUESTS, messageKey, args, null, retryAfter);
    }

    /** The same problem, attached to one input field. */
    public Problem on(String field) {
        return new Problem(status, messageKey, args, field, retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public @Nullable String field() {
        return field;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
