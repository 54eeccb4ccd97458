package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of contacts: existence and names (partnerships), import and export (exchange). */
@Service
class ContactExchange implements ContactDirectory, ContactImports {

    private final ContactService service;
    private final Contacts contacts;
    private final ContactChannels channels;
    private final Organizations organizations;
    private final ContactRules rules;
    private final ContactBatch batch;
    private final PlannerStatistics planner;

    ContactExchange(
            ContactService service,
            Contacts contacts,
            ContactChannels channels,
            Organizations organizations,
            ContactRules rules,
            ContactBatch batch,
            PlannerStatistics planner) {
        this.service = service;
        this.planner = planner;
        this.rules = rules;
        this.batch = batch;
        this.contacts = contacts;
        this.channels = channels;
        this.organizations = organizations;
    }

    @Override
    public boolean contactExists(WorkspaceId workspace, UUID contactId) {
        return contacts.exists(workspace, contactId);
    }

    @Override
    public boolean organizationExists(WorkspaceId workspace, UUID organizationId) {
        return organizations.find(workspace, organizationId).isPresent();
    }

    @Override
    public Map<UUID, String> contactNames(WorkspaceId workspace, Collection<UUID> contactIds) {
        return contacts.names(workspace, contactIds);
    }

    @Override
    public Map<UUID, String> primaryEmails(WorkspaceId workspace, Collection<UUID> contactIds) {
        return channels.primaryEmails(workspace, contactIds);
    }

    @Override
    public Map<UUID, String> organizationNames(WorkspaceId workspace, Collection<UUID> organizationIds) {
        return organizations.names(workspace, organizationIds);
    }

    @Override
    public Optional<UUID> findByEmail(WorkspaceId workspace, String email) {
        return channels.ownerOf(workspace, email);
    }

    @Override
    public void handles(WorkspaceId workspace, HandleVisitor visitor) {
        channels.handles(workspace, visitor);
    }

    @Override
    public void check(ContactDraft draft) {
        rules.check(ContactInput.of(draft));
    }

    @Override
    public Prepared prepare(WorkspaceId workspace, List<NewContact> contacts) {
        return ContactBatch.prepare(workspace, contacts);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void createAll(WorkspaceContext context, Prepared contacts) {
        planner.customPlansForThisTransaction();
        batch.create(context, (ContactBatch.Prepared) contacts);
    }

    // Not @Transactional: a refusal thrown through a transactional proxy would doom the caller's whole import.
    @Override
    public List<@Nullable InvalidInput> mergeAll(WorkspaceContext context, List<Merge> merges) {
        planner.customPlansForThisTransaction();
        WorkspaceId ws = context.workspaceId();
        Map<UUID, Contact> current = new HashMap<>(
                contacts.findAll(ws, merges.stream().map(Merge::contactId).toList()));
        Map<String, UUID> owners = new HashMap<>(channels.owners(
                ws, merges.stream().flatMap(m -> m.draft().emails().stream()).toList()));
        List<@Nullable InvalidInput> refusals = new ArrayList<>(merges.size());
        for (Merge merge : merges) {
            UUID id = merge.contactId();
            Contact c = current.containsKey(id) ? current.get(id) : service.get(context, id);
            try {
                List<String> merged = mergeInto(context, c, merge.draft(), owners);
                if (merged != null) {
                    // Written: a later row of the chunk for the same contact reads it again, and its emails are taken.
                    current.remove(id);
                    merged.forEach(email -> owners.put(ContactChannels.emailKey(email), id));
                }
                refusals.add(null);
            } catch (InvalidInput refused) {
                refusals.add(refused);
            }
        }
        return refusals;
    }

    /**
     * Merges {@code draft} into {@code c}; {@code owners} are the contacts that own emails, by email key. Returns the
     * contact's emails when it wrote anything, null when nothing changed.
     */
    private @Nullable List<String> mergeInto(
            WorkspaceContext context, Contact c, ContactDraft draft, Map<String, UUID> owners) {
        UUID contactId = c.id();
        ContactInput in = ContactInput.of(draft);
        // Emails another contact already owns stay with that contact.
        List<String> newEmails = in.emails().stream()
                .filter(e -> !owners.containsKey(ContactChannels.emailKey(e)))
                .toList();
        var merged = new ContactInput(
                or(c.givenName(), in.givenName()),
                or(c.familyName(), in.familyName()),
                c.displayName(),
                concat(c.emails(), newEmails),
                concat(c.phones(), in.phones()),
                c.organizationId(),
                c.organizationId() == null ? in.organizationName() : null,
                or(c.title(), in.title()),
                or(c.department(), in.department()),
                or(c.linkedinUrl(), in.linkedinUrl()),
                or(c.xHandle(), in.xHandle()),
                or(c.website(), in.website()),
                concat(c.tags(), in.tags()),
                or(c.preferredLanguage(), in.preferredLanguage()),
                or(c.timeZone(), in.timeZone()),
                or(c.howWeMet(), in.howWeMet()),
                or(c.notes(), in.notes()));
        rules.check(merged);
        boolean newPhoto = !c.hasPhoto() && draft.photo() != null;
        if (merged.equals(asInput(c))) {
            if (newPhoto) {
                service.setPhoto(context, contactId, draft.photo());
                return merged.emails();
            }
            return null;
        }
        service.update(context, contactId, null, merged);
        if (newPhoto) {
            service.setPhoto(context, contactId, draft.photo());
        }
        return merged.emails();
    }

    @Override
    public List<ContactDraft> exportAll(WorkspaceId workspace) {
        List<ContactDraft> drafts = new ArrayList<>();
        for (UUID id : contacts.allIds(workspace)) {
            Contact c = service.require(workspace, id);
            drafts.add(new ContactDraft(
                    c.givenName(),
                    c.familyName(),
                    c.displayName(),
                    c.emails(),
                    c.phones(),
                    c.organizationName(),
                    c.title(),
                    c.department(),
                    c.linkedinUrl(),
                    c.xHandle(),
                    c.website(),
                    c.tags(),
                    c.preferredLanguage(),
                    c.timeZone(),
                    c.howWeMet(),
                    c.notes(),
                    c.hasPhoto() ? contacts.photo(workspace, id).orElse(null) : null));
        }
        return drafts;
    }

    private static ContactInput asInput(Contact c) {
        return new ContactInput(
                c.givenName(),
                c.familyName(),
                c.displayName(),
                c.emails(),
                c.phones(),
                c.organizationId(),
                null,
                c.title(),
                c.department(),
                c.linkedinUrl(),
                c.xHandle(),
                c.website(),
                c.tags(),
                c.preferredLanguage(),
                c.timeZone(),
                c.howWeMet(),
                c.notes());
    }

    private static @Nullable String or(@Nullable String existing, @Nullable String incoming) {
        return existing != null ? existing : incoming;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
