package dev.tandem.ledger;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partnership's shared-risk register: the risks, who bears each, and the agreed split of rewards. */
@Service
public class RiskService {

    private final Risks risks;
    private final LedgerSupport support;
    private final ConcurrentChanges changes;

    RiskService(Risks risks, LedgerSupport support, ConcurrentChanges changes) {
        this.risks = risks;
        this.support = support;
        this.changes = changes;
    }

    @Transactional
    public Risk add(WorkspaceContext context, UUID partnershipId, RiskDetails details) {
        support.requirePartnership(context, partnershipId);
        if (risks.count(context.workspaceId(), partnershipId) >= Risk.MAX_PER_PARTNERSHIP) {
            throw new Conflict("ledger.risk.tooMany", Risk.MAX_PER_PARTNERSHIP);
        }
        Instant now = support.now();
        var risk = new Risk(Ids.next(), partnershipId, details, now, now, 0, context.userId());
        risks.insert(context.workspaceId(), risk);
        return risk;
    }

    /** Replaces the risk if it still has the version {@code basedOn} (null: the version read now). */
    @Transactional
    public Risk update(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, RiskDetails details) {
        Risk before = get(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        var after = new Risk(
                id,
                before.partnershipId(),
                details,
                before.createdAt(),
                support.now(),
                based.version() + 1,
                context.userId());
        if (based.version() != before.version() || !risks.update(context.workspaceId(), after, based.version())) {
            Risk current = get(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.details(), details));
        }
        return after;
    }

    public Risk get(WorkspaceContext context, UUID id) {
        return risks.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("ledger.risk.notFound"));
    }

    /** The register, oldest first. */
    public List<Risk> list(WorkspaceContext context, UUID partnershipId) {
        support.requirePartnership(context, partnershipId);
        return risks.of(context.workspaceId(), partnershipId);
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        get(context, id);
        risks.delete(context.workspaceId(), id);
    }
}
