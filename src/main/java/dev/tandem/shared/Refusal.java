package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/**
 * A refusal the user can act on, thrown by the domain and answered at the web edge: as an RFC 9457 problem
 * (API) or an inline or flash message (pages). It knows nothing of HTTP; {@code shared.web} maps each kind to a
 * status. {@code messageKey} names the text in the message bundles and {@code args} fill it in; {@code field},
 * when set, is the input the message belongs to.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound,
                Conflict,
                InvalidInput,
                Forbidden,
                TooManyAttempts,
                TooLarge,
                WrongCredentials,
                PreconditionFailed {

    private final String messageKey;
    private final Object[] args;
    private final @Nullable String field;

    Refusal(String messageKey, Object[] args, @Nullable String field) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args.clone();
        this.field = field;
    }

    /** The same refusal, attached to one input field. */
    public abstract Refusal on(String field);

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public @Nullable String field() {
        return field;
    }
}
