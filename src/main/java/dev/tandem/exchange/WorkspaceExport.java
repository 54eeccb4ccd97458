package dev.tandem.exchange;

import dev.tandem.contacts.Contact;
import dev.tandem.contacts.ContactNote;
import dev.tandem.contacts.ContactNoteService;
import dev.tandem.contacts.ContactQuery;
import dev.tandem.contacts.ContactService;
import dev.tandem.contacts.Organization;
import dev.tandem.contacts.OrganizationService;
import dev.tandem.identity.Member;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.partnerships.Note;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipFilter;
import dev.tandem.partnerships.PartnershipNotes;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.partnerships.StageChange;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a workspace holds, as one JSON document a person can take elsewhere: members,
 * organisations, contacts with their notes, partnerships with their stages, participants and notes.
 * Read through each module's public API, page by page, in one read-only transaction.
 */
@Service
public class WorkspaceExport {

    /** The document; {@code format} and {@code version} let a reader know what it holds. */
    public record Document(
            String format,
            int version,
            Instant exportedAt,
            WorkspaceInfo workspace,
            List<Member> members,
            List<Organization> organizations,
            List<ExportedContact> contacts,
            List<ExportedPartnership> partnerships) {}

    public record WorkspaceInfo(UUID id, String name) {}

    public record ExportedContact(Contact contact, List<ContactNote> notes) {}

    public record ExportedPartnership(
            PartnershipView partnership,
            List<StageChange> stages,
            List<ParticipantView> participants,
            List<Note> notes) {}

    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final WorkspaceService workspaces;
    private final OrganizationService organizations;
    private final ContactService contacts;
    private final ContactNoteService contactNotes;
    private final PartnershipPortfolio portfolio;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final PartnershipNotes partnershipNotes;
    private final Clock clock;

    WorkspaceExport(
            WorkspaceService workspaces,
            OrganizationService organizations,
            ContactService contacts,
            ContactNoteService contactNotes,
            PartnershipPortfolio portfolio,
            PartnershipService partnerships,
            PartnershipParticipants participants,
            PartnershipNotes partnershipNotes,
            Clock clock) {
        this.workspaces = workspaces;
        this.organizations = organizations;
        this.contacts = contacts;
        this.contactNotes = contactNotes;
        this.portfolio = portfolio;
        this.partnerships = partnerships;
        this.participants = participants;
        this.partnershipNotes = partnershipNotes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Document export(WorkspaceContext context) {
        var ws = context.workspaceId();
        var byName = new ContactQuery(null, null, null, ContactQuery.Sort.NAME);
        List<ExportedContact> people = all(page -> contacts.list(context, byName, page)).stream()
                .map(summary -> new ExportedContact(
                        contacts.get(context, summary.id()), all(page -> contactNotes.list(ws, summary.id(), page))))
                .toList();
        List<ExportedPartnership> portfolioItems =
                all(page -> portfolio.list(context, PartnershipFilter.all(), page)).stream()
                        .map(view -> {
                            UUID id = view.partnership().id();
                            return new ExportedPartnership(
                                    view,
                                    all(page -> partnerships.stages(context, id, page)),
                                    participants.list(context, id),
                                    all(page -> partnershipNotes.list(context, id, page)));
                        })
                        .toList();
        return new Document(
                "tandem-workspace",
                1,
                clock.instant(),
                new WorkspaceInfo(ws.value(), context.workspaceName()),
                all(page -> workspaces.members(context, page)),
                all(page -> organizations.list(context, null, null, page)),
                people,
                portfolioItems);
    }

    /** Every item of a cursor-paginated list. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        List<T> items = new ArrayList<>();
        @Nullable String cursor = null;
        do {
            Page<T> page = list.apply(PageRequest.of(PAGE, cursor));
            items.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return items;
    }
}
