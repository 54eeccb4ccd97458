package dev.tandem.ledger;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.NotFound;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a partnership's ledger is shared with its guests (INTERNAL until a member shares it), and what they may do
 * with a shared one: see the balance and the contributions, and record their own side's contributions. An INTERNAL
 * ledger does not exist for a guest (404); they never record for our side (403).
 */
@Service
public class LedgerSharing {

    private final Sharings sharings;
    private final Entries entries;
    private final Valuations valuations;
    private final LedgerService ledger;
    private final BalanceService balances;
    private final LedgerSupport support;

    LedgerSharing(
            Sharings sharings,
            Entries entries,
            Valuations valuations,
            LedgerService ledger,
            BalanceService balances,
            LedgerSupport support) {
        this.sharings = sharings;
        this.entries = entries;
        this.valuations = valuations;
        this.ledger = ledger;
        this.balances = balances;
        this.support = support;
    }

    public Visibility visibility(WorkspaceContext context, UUID partnershipId) {
        support.requirePartnership(context, partnershipId);
        return sharings.shared(context.workspaceId(), partnershipId) ? Visibility.SHARED : Visibility.INTERNAL;
    }

    /** Shares the ledger with the partnership's guests, or keeps it internal again (members only). */
    @Transactional
    public Visibility change(WorkspaceContext context, UUID partnershipId, Visibility visibility) {
        if (context.isGuest()) {
            throw new NotFound("problem.notFound");
        }
        support.requirePartnership(context, partnershipId);
        if (visibility == Visibility.SHARED) {
            sharings.share(context.workspaceId(), partnershipId, context.userId(), support.now());
        } else {
            sharings.unshare(context.workspaceId(), partnershipId);
        }
        return visibility;
    }

    /** The shared ledger: 404 while it is internal. */
    public SharedLedger shared(WorkspaceContext context, UUID partnershipId) {
        requireShared(context, partnershipId);
        var balance = balances.of(context, partnershipId);
        var recent = entries.since(context.workspaceId(), partnershipId, Flow.CONTRIBUTION, balance.from()).stream()
                .sorted(Comparator.comparing((Entry e) -> e.details().occurredOn())
                        .thenComparing(Entry::createdAt)
                        .reversed())
                .limit(SharedLedger.SHOWN)
                .toList();
        var people = support.people(context, partnershipId);
        return new SharedLedger(
                balance,
                LedgerService.views(recent, valuations.of(context.workspaceId()).valuation(), people));
    }

    /** Records a contribution of their side through the shared ledger: 404 while it is internal, 403 for our side. */
    @Transactional
    public EntryView recordTheirs(WorkspaceContext context, UUID partnershipId, EntryDetails details) {
        requireShared(context, partnershipId);
        if (details.side() != LedgerSide.THEM) {
            throw new Forbidden("ledger.shared.theirSideOnly");
        }
        return ledger.record(context, partnershipId, Flow.CONTRIBUTION, details);
    }

    private void requireShared(WorkspaceContext context, UUID partnershipId) {
        if (visibility(context, partnershipId) != Visibility.SHARED) {
            throw new NotFound("ledger.shared.notShared");
        }
    }
}
