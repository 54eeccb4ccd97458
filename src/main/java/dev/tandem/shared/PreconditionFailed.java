package dev.tandem.shared;

import org.jspecify.annotations.Nullable;

/** The client's {@code If-Match} names a version the record no longer has: somebody changed it meanwhile. */
public final class PreconditionFailed extends Refusal {

    private final ChangedMeanwhile meanwhile;

    public PreconditionFailed(ChangedMeanwhile meanwhile) {
        this(meanwhile, null);
    }

    private PreconditionFailed(ChangedMeanwhile meanwhile, @Nullable String field) {
        super("version.preconditionFailed", new Object[] {meanwhile.version()}, field);
        this.meanwhile = meanwhile;
    }

    public ChangedMeanwhile meanwhile() {
        return meanwhile;
    }

    @Override
    public PreconditionFailed on(String field) {
        return new PreconditionFailed(meanwhile, field);
    }
}
