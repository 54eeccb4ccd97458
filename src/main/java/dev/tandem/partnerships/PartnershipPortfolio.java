package dev.tandem.partnerships;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.UserId;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The lists of a workspace's partnerships: filtered and sorted, and the ones losing touch. */
@Service
public class PartnershipPortfolio {

    private final PartnershipQueries queries;
    private final PartnershipViews views;
    private final Names names;
    private final ContactDirectory contacts;
    private final Clock clock;

    PartnershipPortfolio(
            PartnershipQueries queries, PartnershipViews views, Names names, ContactDirectory contacts, Clock clock) {
        this.queries = queries;
        this.contacts = contacts;
        this.views = views;
        this.names = names;
        this.clock = clock;
    }

    public Page<PartnershipView> list(WorkspaceContext context, PartnershipFilter filter, PageRequest page) {
        var rows = queries.list(context.workspaceId(), filter, page);
        return Page.of(views.of(context, rows), page, view -> view.partnership().id());
    }

    /**
     * Partnerships past their ideal cadence (due) or maximum (overdue), counting from the last
     * interaction or from creation, the longest overdue first. Ended ones are left out.
     */
    public Page<PartnershipView> losingTouch(WorkspaceContext context, PageRequest page) {
        var rows = queries.losingTouch(context.workspaceId(), clock.instant(), null, page);
        return Page.of(views.of(context, rows), page, view -> view.partnership().id());
    }

    /** The same as {@link #losingTouch(WorkspaceContext, PageRequest)}, of the partnerships {@code owner} owns. */
    public Page<PartnershipView> losingTouch(WorkspaceContext context, UserId owner, PageRequest page) {
        var rows = queries.losingTouch(context.workspaceId(), clock.instant(), owner, page);
        return Page.of(views.of(context, rows), page, view -> view.partnership().id());
    }

    /** The names of these partnerships by id, in one query; ids not in the workspace are left out. */
    public Map<UUID, String> names(WorkspaceContext context, Collection<UUID> ids) {
        return queries.names(context.workspaceId(), ids.stream().distinct().toList());
    }

    /**
     * The partnerships a contact is part of (as the counterpart or a participant on their side), A to
     * Z, at most {@code page}'s limit; a contact not in the workspace is 404.
     */
    public Page<PartnershipView> ofContact(WorkspaceContext context, UUID contactId, PageRequest page) {
        if (!contacts.contactExists(context.workspaceId(), contactId)) {
            throw new NotFound("partnership.contact.unknown");
        }
        var rows = queries.ofContact(context.workspaceId(), contactId, page);
        return Page.of(views.of(context, rows), page, view -> view.partnership().id());
    }

    /** How many partnerships are in each stage, in the stages' order; an empty map for an empty portfolio. */
    public Map<Stage, Integer> countsByStage(WorkspaceContext context) {
        return queries.countsByStage(context.workspaceId());
    }

    /** Display names of the workspace's members by user id, for owner pickers and histories. */
    public Map<UUID, String> memberNames(WorkspaceContext context) {
        return names.members(context);
    }
}
