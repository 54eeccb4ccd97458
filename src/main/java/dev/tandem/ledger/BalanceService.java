package dev.tandem.ledger;

import dev.tandem.identity.WorkspaceContext;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The balance between the sides of a partnership over the last {@value Balance#DAYS} days. */
@Service
public class BalanceService {

    private final Entries entries;
    private final Valuations valuations;
    private final LedgerSupport support;

    BalanceService(Entries entries, Valuations valuations, LedgerSupport support) {
        this.entries = entries;
        this.valuations = valuations;
        this.support = support;
    }

    public Balance of(WorkspaceContext context, UUID partnershipId) {
        support.requirePartnership(context, partnershipId);
        var today = support.today();
        var from = Balance.firstDay(today);
        var ws = context.workspaceId();
        return Balance.of(
                entries.since(ws, partnershipId, Flow.CONTRIBUTION, from),
                entries.since(ws, partnershipId, Flow.REWARD, from),
                valuations.of(ws).valuation(),
                today);
    }
}
