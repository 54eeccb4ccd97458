package dev.tandem.health;

import dev.tandem.ledger.ValuationChanged;
import dev.tandem.shared.PartnershipChanged;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps scores current as facts change: every partnership a transaction touches (through timeline events or
 * {@link PartnershipChanged}) is recomputed once, just before that transaction commits, so the score is
 * written together with the change — or not at all.
 */
@Component
class HealthUpdates {

    private record Touched(WorkspaceId workspace, UUID partnershipId) {}

    private final HealthService health;

    HealthUpdates(HealthService health) {
        this.health = health;
    }

    @EventListener
    void on(TimelineEvent event) {
        event.subjects().stream()
                .filter(s -> s.kind() == TimelineSubject.Kind.PARTNERSHIP)
                .forEach(s -> touched(new Touched(event.workspaceId(), s.id())));
    }

    /** A new valuation changes every balance of the workspace: recomputed in the transaction that changed it. */
    @EventListener
    void on(ValuationChanged event) {
        health.recomputeWorkspace(event.workspaceId());
    }

    @EventListener
    void on(PartnershipChanged event) {
        touched(new Touched(event.workspaceId(), event.partnershipId()));
    }

    private void touched(Touched touched) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            health.recompute(touched.workspace(), touched.partnershipId());
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (Set<Touched>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Touched> fresh = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // recomputing may publish nothing, but copy in case a listener adds more
                    for (Touched t : Set.copyOf(fresh)) {
                        health.recompute(t.workspace(), t.partnershipId());
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HealthUpdates.this);
                }
            });
            pending = fresh;
        }
        pending.add(touched);
    }
}
