package dev.tandem.guests;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.EntryView;
import dev.tandem.ledger.LedgerSharing;
import dev.tandem.ledger.SharedLedger;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.recognition.Contributor;
import dev.tandem.recognition.KudosService;
import dev.tandem.recognition.KudosView;
import dev.tandem.shared.Forbidden;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the partner's side puts on record from the partner view: their contributions, once the team shares the
 * partnership's ledger (404 while it is internal), and kudos to someone of our side, always shared. Only a guest
 * does these (members record on the ledger and recognition tabs: 403 here).
 */
@Service
public class GuestLedger {

    private final LedgerSharing sharing;
    private final KudosService kudos;

    GuestLedger(LedgerSharing sharing, KudosService kudos) {
        this.sharing = sharing;
        this.kudos = kudos;
    }

    /** The shared ledger, or nothing while the team keeps it internal. */
    public Optional<SharedLedger> ledger(WorkspaceContext context, UUID partnership) {
        context.requirePartnership(partnership);
        return sharing.visibility(context, partnership) == Visibility.SHARED
                ? Optional.of(sharing.shared(context, partnership))
                : Optional.empty();
    }

    public EntryView contribute(WorkspaceContext context, UUID partnership, GuestContribution contribution) {
        requireGuest(context, partnership);
        return sharing.recordTheirs(context, partnership, contribution.details());
    }

    /** Thanks a member who takes part in the partnership (400 for anyone else); shown in the shared space. */
    public KudosView thank(WorkspaceContext context, UUID partnership, UUID member, String message) {
        requireGuest(context, partnership);
        return kudos.give(context, partnership, new Contributor(Side.OURS, member), null, message, Visibility.SHARED);
    }

    private static void requireGuest(WorkspaceContext context, UUID partnership) {
        context.requirePartnership(partnership);
        if (!context.isGuest()) {
            throw new Forbidden("guests.view.guestsOnly");
        }
    }
}
