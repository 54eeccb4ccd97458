package dev.tandem.endings;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PartnershipChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts of a partnership: record, replace (at a version), read, delete. A contract's exit terms and its last
 * day to give notice feed the health signals and My week. An id that is not in the workspace is 404.
 */
@Service
public class ContractService {

    private final Contracts contracts;
    private final PartnershipService partnerships;
    private final ConcurrentChanges changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractService(
            Contracts contracts,
            PartnershipService partnerships,
            ConcurrentChanges changes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.partnerships = partnerships;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Contract add(WorkspaceContext context, UUID partnershipId, ContractTerms terms) {
        partnerships.require(context, partnershipId);
        terms.check();
        if (contracts.count(context.workspaceId(), partnershipId) >= Contract.MAX_PER_PARTNERSHIP) {
            throw new Conflict("endings.contract.tooMany", Contract.MAX_PER_PARTNERSHIP);
        }
        Instant now = now();
        var contract = new Contract(Ids.next(), partnershipId, terms, now, now, 0, context.userId());
        contracts.insert(context.workspaceId(), contract);
        events.publishEvent(new ContractAdded(
                context.workspaceId(),
                partnershipId,
                contract.id(),
                terms.title(),
                terms.hasExitTerms(),
                context.actor(),
                now));
        return contract;
    }

    /**
     * Replaces what the contract says, if it still has the version {@code basedOn} (null: the version read now). A
     * version that no longer holds writes nothing and is refused, naming who changed it and which fields differ.
     */
    @Transactional
    public Contract update(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, ContractTerms terms) {
        Contract before = get(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        terms.check();
        var after = new Contract(
                id, before.partnershipId(), terms, before.createdAt(), now(), based.version() + 1, context.userId());
        if (based.version() != before.version() || !contracts.update(context.workspaceId(), after, based.version())) {
            Contract current = get(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.terms(), terms));
        }
        events.publishEvent(new PartnershipChanged(context.workspaceId(), before.partnershipId()));
        return after;
    }

    public Contract get(WorkspaceContext context, UUID id) {
        return contracts.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("endings.contract.notFound"));
    }

    /** A partnership's contracts, oldest first. */
    public List<Contract> of(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        return contracts.of(context.workspaceId(), partnershipId);
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        Contract contract = get(context, id);
        contracts.delete(context.workspaceId(), id);
        events.publishEvent(new PartnershipChanged(context.workspaceId(), contract.partnershipId()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
