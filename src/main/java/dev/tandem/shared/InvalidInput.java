package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/** The input breaks a rule: a value missing, too long, unreadable or out of range. */
public final class InvalidInput extends Refusal {

    public InvalidInput(String messageKey, Object... args) {
        super(messageKey, args, null);
    }

    private InvalidInput(String messageKey, Object[] args, @Nullable String field) {
        super(messageKey, args, field);
    }

    @Override
    public InvalidInput on(String field) {
        return new InvalidInput(messageKey(), args(), field);
    }
}
