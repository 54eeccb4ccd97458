package dev.tandem.endings;

import dev.tandem.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What other modules read about deferrals without a member's context: the health index, whose check-in cadence
 * pauses until a deferred relationship's date and then counts from that day.
 */
@Service
public class DeferralFacts {

    private final Deferrals deferrals;

    DeferralFacts(Deferrals deferrals) {
        this.deferrals = deferrals;
    }

    /**
     * The latest day a deferral of the partnership (not ended early) runs until, if it has one: the cadence counts
     * from it, and shows nothing overdue before it.
     */
    public Optional<LocalDate> deferredUntil(WorkspaceId workspace, UUID partnershipId) {
        return deferrals.latestUntil(workspace, partnershipId);
    }
}
