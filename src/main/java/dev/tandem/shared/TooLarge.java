package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/** What was sent is larger than Tandem accepts (an uploaded file). */
public final class TooLarge extends Refusal {

    public TooLarge(String messageKey, Object... args) {
        super(messageKey, args, null);
    }

    private TooLarge(String messageKey, Object[] args, @Nullable String field) {
        super(messageKey, args, field);
    }

    @Override
    public TooLarge on(String field) {
        return new TooLarge(messageKey(), args(), field);
    }
}
