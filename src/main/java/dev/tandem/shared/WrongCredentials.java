package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/** The email and password given to log in do not match an account. */
public final class WrongCredentials extends Refusal {

    public WrongCredentials(String messageKey, Object... args) {
        super(messageKey, args, null);
    }

    private WrongCredentials(String messageKey, Object[] args, @Nullable String field) {
        super(messageKey, args, field);
    }

    @Override
    public WrongCredentials on(String field) {
        return new WrongCredentials(messageKey(), args(), field);
    }
}
