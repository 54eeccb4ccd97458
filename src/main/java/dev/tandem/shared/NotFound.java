package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/** There is no such record in the workspace (or the caller may not know that there is). */
public final class NotFound extends Refusal {

    public NotFound(String messageKey, Object... args) {
        super(messageKey, args, null);
    }

    private NotFound(String messageKey, Object[] args, @Nullable String field) {
        super(messageKey, args, field);
    }

    @Override
    public NotFound on(String field) {
        return new NotFound(messageKey(), args(), field);
    }
}
