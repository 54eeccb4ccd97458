package dev.tandem.ledger;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the workspace values entries in its common unit; changing it re-reads every balance and health score. */
@Service
public class ValuationService {

    /** The valuation with its version (0 while it is the defaults). */
    public record Versioned(Valuation valuation, long version) {}

    private final Valuations valuations;
    private final LedgerSupport support;
    private final ConcurrentChanges changes;

    ValuationService(Valuations valuations, LedgerSupport support, ConcurrentChanges changes) {
        this.valuations = valuations;
        this.support = support;
        this.changes = changes;
    }

    public Versioned of(WorkspaceContext context) {
        var stored = valuations.of(context.workspaceId());
        return new Versioned(stored.valuation(), stored.version());
    }

    /** Saves the valuation if it still has the version {@code basedOn} (null: the version read now). */
    @Transactional
    public Versioned change(WorkspaceContext context, @Nullable BasedOn basedOn, Valuation changed) {
        var before = valuations.of(context.workspaceId());
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        if (based.version() != before.version()
                || !valuations.save(context.workspaceId(), changed, based.version(), context.userId(), support.now())) {
            var current = valuations.of(context.workspaceId());
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    current.valuation().equals(changed) ? List.of() : List.of("valuation"));
        }
        support.publish(new ValuationChanged(context.workspaceId()));
        return new Versioned(changed, based.version() + 1);
    }
}
