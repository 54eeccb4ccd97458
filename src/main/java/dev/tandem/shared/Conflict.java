package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/** The request clashes with the state of the record: a rule of its life cycle, a duplicate, or a concurrent change. */
public final class Conflict extends Refusal {

    public Conflict(String messageKey, Object... args) {
        super(messageKey, args, null);
    }

    private Conflict(String messageKey, Object[] args, @Nullable String field) {
        super(messageKey, args, field);
    }

    @Override
    public Conflict on(String field) {
        return new Conflict(messageKey(), args(), field);
    }
}
