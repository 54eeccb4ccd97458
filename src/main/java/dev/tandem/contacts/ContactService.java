package dev.tandem.contacts;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: create, read, change, delete, search; their photo. */
@Service
public class ContactService implements VersionedRecords<Contact, ContactInput> {

    /** The largest photo kept. */
    public static final int MAX_PHOTO_BYTES = 1024 * 1024;
    /** The most a {@link #search} returns. */
    public static final int MAX_MATCHES = 50;

    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private final Contacts contacts;
    private final ContactChannels channels;
    private final ContactLists lists;
    private final SearchIndex index;
    private final SharedPrefixReview review;
    private final OrganizationService organizations;
    private final ContactRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ConcurrentChanges changes;

    ContactService(
            Contacts contacts,
            ContactChannels channels,
            ContactLists lists,
            SearchIndex index,
            SharedPrefixReview review,
            OrganizationService organizations,
            ContactRules rules,
            ApplicationEventPublisher events,
            Clock clock,
            ConcurrentChanges changes) {
        this.changes = changes;
        this.contacts = contacts;
        this.channels = channels;
        this.lists = lists;
        this.index = index;
        this.review = review;
        this.organizations = organizations;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a contact; 400 for a broken rule, 409 when one of its emails belongs to another contact. */
    @Transactional
    @Override
    public Contact create(WorkspaceContext ctx, ContactInput input) {
        rules.check(input);
        UUID id = Ids.next();
        checkEmailsFree(ctx.workspaceId(), id, input.emails());
        UUID org = organization(ctx, input);
        contacts.insert(ctx.workspaceId(), id, input, org, clock.instant());
        // Indexed from what was written, not read back.
        String organizationName = input.organizationId() == null
                ? input.organizationName()
                : organizations.get(ctx, input.organizationId()).name();
        var rows =
                SearchIndex.rowsOf(ctx.workspaceId(), List.of(SearchIndex.NewContact.of(id, input, organizationName)));
        index.indexAlone(rows);
        review.added(ctx.workspaceId(), rows.prefixes());
        events.publishEvent(
                new ContactAdded(ctx.workspaceId(), id, org, input.displayName(), ctx.actor(), clock.instant()));
        return require(ctx.workspaceId(), id);
    }

    /**
     * Replaces what is known of a contact with {@code input}, if it still has the version {@code basedOn} (null: the
     * version read now); a version that no longer holds writes nothing and is refused, naming who changed the contact
     * and which fields now differ from {@code input}.
     */
    @Transactional
    @Override
    public Contact update(WorkspaceContext ctx, UUID id, @Nullable BasedOn basedOn, ContactInput input) {
        rules.check(input);
        Contact before = require(ctx.workspaceId(), id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        if (based.version() != before.version()) {
            throw stale(ctx, id, based, input);
        }
        checkEmailsFree(ctx.workspaceId(), id, input.emails());
        UUID org = organization(ctx, input);
        if (!contacts.update(ctx.workspaceId(), id, input, org, clock.instant(), ctx.userId(), based.version())) {
            throw stale(ctx, id, based, input);
        }
        index.indexContact(ctx.workspaceId(), id);
        events.publishEvent(
                new ContactUpdated(ctx.workspaceId(), id, input.displayName(), ctx.actor(), clock.instant()));
        return require(ctx.workspaceId(), id);
    }

    private RuntimeException stale(WorkspaceContext ctx, UUID id, BasedOn based, ContactInput input) {
        Contact now = require(ctx.workspaceId(), id);
        var fields = new ArrayList<>(ChangedMeanwhile.differing(now, input));
        if (input.organizationId() == null) {
            fields.remove("organizationId"); // named, not chosen: organizationName says whether it differs
        }
        return changes.stale(ctx, based, now.version(), now.updatedBy(), now.updatedAt(), fields);
    }

    @Transactional
    @Override
    public void delete(WorkspaceContext ctx, UUID id) {
        require(ctx.workspaceId(), id);
        contacts.delete(ctx.workspaceId(), id);
    }

    /** The contact, or 404 when it is not in the workspace. */
    @Override
    public Contact get(WorkspaceContext ctx, UUID id) {
        return require(ctx.workspaceId(), id);
    }

    Contact require(WorkspaceId ws, UUID id) {
        return contacts.find(ws, id).orElseThrow(() -> new NotFound("contact.notFound"));
    }

    public Page<ContactSummary> list(WorkspaceContext ctx, ContactQuery query, PageRequest page) {
        return lists.contacts(ctx.workspaceId(), query, page);
    }

    /**
     * Up to {@code limit} (1 to 50) contacts whose words start with the words of {@code text} (names,
     * emails, organisation, tags; case and accents ignored), A to Z. Blank text finds nobody.
     */
    public List<ContactMatch> search(WorkspaceContext ctx, String text, int limit) {
        if (SearchText.prefixes(text).isEmpty()) {
            return List.of();
        }
        var query = new ContactQuery(text, null, null, ContactQuery.Sort.NAME);
        var page = PageRequest.of(Math.max(1, Math.min(limit, MAX_MATCHES)), null);
        return lists.contacts(ctx.workspaceId(), query, page).items().stream()
                .map(ContactMatch::of)
                .toList();
    }

    public Optional<ContactDraft.Photo> photo(WorkspaceContext ctx, UUID id) {
        require(ctx.workspaceId(), id);
        return contacts.photo(ctx.workspaceId(), id);
    }

    /** Sets (or, with null, removes) the photo: at most 1 MB of JPEG, PNG, GIF or WebP. */
    @Transactional
    public void setPhoto(WorkspaceContext ctx, UUID id, ContactDraft.@Nullable Photo photo) {
        require(ctx.workspaceId(), id);
        if (photo != null) {
            if (photo.data().length > MAX_PHOTO_BYTES) {
                throw new InvalidInput("contact.photo.tooLarge", MAX_PHOTO_BYTES / 1024).on("photo");
            }
            if (!PHOTO_TYPES.contains(photo.mediaType())) {
                throw new InvalidInput("contact.photo.type").on("photo");
            }
        }
        contacts.setPhoto(
                ctx.workspaceId(), id, photo == null ? null : photo.data(), photo == null ? null : photo.mediaType());
    }

    private void checkEmailsFree(WorkspaceId ws, UUID id, List<String> emails) {
        for (String email : emails) {
            channels.ownerOf(ws, email).filter(owner -> !owner.equals(id)).ifPresent(owner -> {
                throw new Conflict("contact.emailTaken", email).on("emails");
            });
        }
    }

    private @Nullable UUID organization(WorkspaceContext ctx, ContactInput input) {
        if (input.organizationId() != null) {
            organizations.get(ctx, input.organizationId());
            return input.organizationId();
        }
        return input.organizationName() == null ? null : organizations.idForName(ctx, input.organizationName());
    }
}
