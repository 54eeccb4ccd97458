package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/** The request clashes with the state of the record: a rule of its life cycle, a duplicate, or a concurrent change. */
public final class Conflict extends Refusal {

    private final @Nullable ChangedMeanwhile meanwhile;

    public Conflict(String messageKey, Object... args) {
        super(messageKey, args, null);
        this.meanwhile = null;
    }

    private Conflict(String messageKey, Object[] args, @Nullable String field, @Nullable ChangedMeanwhile meanwhile) {
        super(messageKey, args, field);
        this.meanwhile = meanwhile;
    }

    /** Somebody changed the record since the version the write was based on; {@code now} says how it stands. */
    public static Conflict changedMeanwhile(ChangedMeanwhile now) {
        return new Conflict("version.changedMeanwhile", new Object[] {now.version()}, null, now);
    }

    /** What changed meanwhile, for a conflict of versions; null for any other conflict. */
    public @Nullable ChangedMeanwhile meanwhile() {
        return meanwhile;
    }

    @Override
    public Conflict on(String field) {
        return new Conflict(messageKey(), args(), field, meanwhile);
    }
}
