package dev.tandem.demo;

import dev.tandem.health.HealthService;
import dev.tandem.identity.AccountService;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFilter;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.PageRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo portfolio into a workspace: about ten organisations, thirty contacts and sixteen
 * partnerships of every kind and stage, with participants, notes and months of history dated back
 * from the clock — interactions, meetings with attendance, commitments of both sides, goals with key
 * results — and the health index's weekly history computed from it. The data is fixed, so every load
 * looks the same relative to its day, and its texts are in the language of the member who loads it (English,
 * Italian or Spanish), with the same structure in each.
 */
@Service
public class DemoData {

    private final PartnershipPortfolio portfolio;
    private final DemoWriter writer;
    private final HealthService health;
    private final AccountService accounts;
    private final DemoCatalogue catalogue;

    DemoData(
            PartnershipPortfolio portfolio,
            DemoWriter writer,
            HealthService health,
            AccountService accounts,
            DemoCatalogue catalogue) {
        this.portfolio = portfolio;
        this.writer = writer;
        this.health = health;
        this.accounts = accounts;
        this.catalogue = catalogue;
    }

    /** Whether the demo may go into this workspace: only while it has no partnership at all. */
    public boolean canLoad(WorkspaceContext context) {
        return portfolio
                .list(context, PartnershipFilter.all(), new PageRequest(1, null))
                .items()
                .isEmpty();
    }

    /** What a load creates, for the page that offers it. */
    public DemoResult plan() {
        return DemoResult.planned(DemoCast.ORGANIZATIONS.size(), DemoCast.PEOPLE.size());
    }

    /**
     * Loads the demo as the member of {@code context}, who becomes the owner and our side of every
     * partnership, in the language of their account; all of it or nothing. Refused with 409 when the workspace already has partnerships
     * (also when a concurrent load wins the race) and 403 for a member below ADMIN. Contacts whose
     * email is already in the workspace are reused. The health index then computes the last
     * {@value HealthService#TREND_WEEKS} weeks from the history, as if it had run all along.
     */
    @Transactional
    public DemoResult load(WorkspaceContext context) {
        if (!context.isAdmin()) {
            throw new Forbidden("problem.forbidden.role", Role.ADMIN);
        }
        if (!canLoad(context)) {
            throw new Conflict("demo.notEmpty");
        }
        try {
            DemoResult result = writer.write(
                    context, catalogue.in(accounts.user(context.userId()).locale()));
            health.backfill(context.workspaceId(), HealthService.TREND_WEEKS);
            return result;
        } catch (DuplicateKeyException raced) {
            // Another load of the same workspace committed its contacts first.
            throw new Conflict("demo.notEmpty");
        }
    }
}
