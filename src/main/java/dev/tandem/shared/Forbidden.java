package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/** The caller may not do this, whatever the input. */
public final class Forbidden extends Refusal {

    public Forbidden(String messageKey, Object... args) {
        super(messageKey, args, null);
    }

    private Forbidden(String messageKey, Object[] args, @Nullable String field) {
        super(messageKey, args, field);
    }

    @Override
    public Forbidden on(String field) {
        return new Forbidden(messageKey(), args(), field);
    }
}
