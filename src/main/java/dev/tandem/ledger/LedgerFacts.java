package dev.tandem.ledger;

import dev.tandem.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Contributions as facts, for readers that work without a member's request (the health index): valued with the
 * workspace's current valuation; money in a currency without a rate is left out. Scoped by the workspace.
 */
@Service
public class LedgerFacts {

    private final Entries entries;
    private final Valuations valuations;

    LedgerFacts(Entries entries, Valuations valuations) {
        this.entries = entries;
        this.valuations = valuations;
    }

    /** A partnership's contributions dated on or after {@code from}, oldest first. */
    public List<ContributionFact> contributions(WorkspaceId workspace, UUID partnershipId, LocalDate from) {
        var valuation = valuations.of(workspace).valuation();
        return entries.since(workspace, partnershipId, Flow.CONTRIBUTION, from).stream()
                .filter(e -> e.details().currency() == null
                        || valuation.converts(e.details().currency()))
                .map(e -> new ContributionFact(
                        e.details().occurredOn(),
                        e.details().side(),
                        valuation.value(
                                e.details().kind(),
                                e.details().amount(),
                                e.details().currency())))
                .toList();
    }

    /** The unit the workspace counts in. */
    public Unit unit(WorkspaceId workspace) {
        return valuations.of(workspace).valuation().unit();
    }
}
