package dev.tandem.contacts;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: create, read, change, delete, search. */
@Service
public class OrganizationService implements VersionedRecords<Organization, OrganizationInput> {

    private final Organizations organizations;
    private final Contacts contacts;
    private final ContactLists lists;
    private final SearchIndex index;
    private final ContactRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ConcurrentChanges changes;

    OrganizationService(
            Organizations organizations,
            Contacts contacts,
            ContactLists lists,
            SearchIndex index,
            ContactRules rules,
            ApplicationEventPublisher events,
            Clock clock,
            ConcurrentChanges changes) {
        this.changes = changes;
        this.organizations = organizations;
        this.contacts = contacts;
        this.lists = lists;
        this.index = index;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @Override
    public Organization create(WorkspaceContext ctx, OrganizationInput input) {
        rules.check(input);
        UUID id = Ids.next();
        organizations.insert(ctx.workspaceId(), id, input, clock.instant());
        index.indexOrganization(ctx.workspaceId(), id);
        events.publishEvent(new OrganizationAdded(ctx.workspaceId(), id, input.name(), ctx.actor(), clock.instant()));
        return require(ctx.workspaceId(), id);
    }

    /**
     * Replaces the organisation with {@code input} if it still has the version {@code basedOn} (null: the version read
     * now); a version that no longer holds writes nothing and is refused, naming who changed it and what differs.
     */
    @Transactional
    @Override
    public Organization update(WorkspaceContext ctx, UUID id, @Nullable BasedOn basedOn, OrganizationInput input) {
        rules.check(input);
        Organization before = require(ctx.workspaceId(), id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        if (based.version() != before.version()
                || !organizations.update(
                        ctx.workspaceId(), id, input, clock.instant(), ctx.userId(), based.version())) {
            Organization now = require(ctx.workspaceId(), id);
            throw changes.stale(
                    ctx,
                    based,
                    now.version(),
                    now.updatedBy(),
                    now.updatedAt(),
                    ChangedMeanwhile.differing(now, input));
        }
        index.indexOrganization(ctx.workspaceId(), id);
        if (!before.name().equals(input.name())) {
            // Contacts are found by their organisation's name too.
            contacts.idsOfOrganization(ctx.workspaceId(), id).forEach(c -> index.indexContact(ctx.workspaceId(), c));
        }
        events.publishEvent(new OrganizationUpdated(ctx.workspaceId(), id, input.name(), ctx.actor(), clock.instant()));
        return require(ctx.workspaceId(), id);
    }

    /** Deletes the organisation; its contacts stay, without an organisation. */
    @Transactional
    @Override
    public void delete(WorkspaceContext ctx, UUID id) {
        require(ctx.workspaceId(), id);
        List<UUID> staff = contacts.idsOfOrganization(ctx.workspaceId(), id);
        organizations.delete(ctx.workspaceId(), id);
        staff.forEach(c -> index.indexContact(ctx.workspaceId(), c));
    }

    /** The organisation, or 404 when it is not in the workspace. */
    @Override
    public Organization get(WorkspaceContext ctx, UUID id) {
        return require(ctx.workspaceId(), id);
    }

    private Organization require(WorkspaceId ws, UUID id) {
        return organizations.find(ws, id).orElseThrow(() -> new NotFound("organization.notFound"));
    }

    public Page<Organization> list(
            WorkspaceContext ctx, @Nullable String text, @Nullable String tag, PageRequest page) {
        return lists.organizations(ctx.workspaceId(), text == null ? "" : text, tag == null ? "" : tag, page);
    }

    /** Up to {@code limit} (1 to 50) organisations whose name or tags start with the words of {@code text}, A to Z. */
    public List<OrganizationMatch> search(WorkspaceContext ctx, String text, int limit) {
        if (SearchText.prefixes(text).isEmpty()) {
            return List.of();
        }
        var page = PageRequest.of(Math.max(1, Math.min(limit, ContactService.MAX_MATCHES)), null);
        return lists.organizations(ctx.workspaceId(), text, "", page).items().stream()
                .map(o -> new OrganizationMatch(o.id(), o.name()))
                .toList();
    }

    /** Names for the organisation picker of the contact form, A to Z. */
    public List<String> names(WorkspaceContext ctx) {
        return organizations.allNames(ctx.workspaceId(), 500);
    }

    /** The organisation of this name, created when the workspace has none. */
    @Transactional
    public UUID idForName(WorkspaceContext ctx, String name) {
        return organizations
                .idByName(ctx.workspaceId(), name)
                .orElseGet(() -> create(ctx, OrganizationInput.named(name)).id());
    }

    /**
     * {@link #idForName} for each of many names: the organisations that exist read in one statement (an import asks
     * for hundreds at a time), the others created. Names that fold to the same key share one organisation.
     */
    public Map<String, UUID> idsForNames(WorkspaceContext ctx, Collection<String> names) {
        Map<String, UUID> byKey = organizations.idsByKeys(
                ctx.workspaceId(), names.stream().map(SearchText::sortKey).collect(Collectors.toSet()));
        Map<String, UUID> ids = new HashMap<>();
        for (String name : names) {
            UUID id = byKey.computeIfAbsent(
                    SearchText.sortKey(name),
                    key -> create(ctx, OrganizationInput.named(name)).id());
            ids.put(name, id);
        }
        return ids;
    }
}
