package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import dev.tandem.timeline.Timeline;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds contacts that may be one person and merges two into one, losing nothing. */
@Service
public class ContactMergeService {

    private final ContactService service;
    private final Contacts contacts;
    private final ContactNotes notes;
    private final Duplicates duplicates;
    private final SearchIndex index;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactMergeService(
            ContactService service,
            Contacts contacts,
            ContactNotes notes,
            Duplicates duplicates,
            SearchIndex index,
            Timeline timeline,
            ApplicationEventPublisher events,
            Clock clock) {
        this.service = service;
        this.contacts = contacts;
        this.notes = notes;
        this.duplicates = duplicates;
        this.index = index;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** Possible duplicates: the same folded name or the same phone; at most 100 pairs. */
    public List<DuplicatePair> duplicates(WorkspaceId ws) {
        return duplicates.find(ws, 100).stream()
                .map(p -> new DuplicatePair(
                        summary(service.require(ws, p.first())), summary(service.require(ws, p.second())), p.reason()))
                .toList();
    }

    /**
     * Merges {@code merge} into {@code keep}: every email, phone and tag is kept, empty fields are
     * filled from the merged contact, its notes and timeline move over, other modules re-point
     * their rows ({@link ContactsMerged}), and the merged contact is deleted.
     */
    @Transactional
    public Contact merge(WorkspaceContext ctx, UUID keep, UUID merge) {
        if (keep.equals(merge)) {
            throw new InvalidInput("contact.merge.same").on("merge");
        }
        WorkspaceId ws = ctx.workspaceId();
        service.require(ws, keep);
        service.require(ws, merge);
        if (contacts.lock(ws, List.of(keep, merge)) < 2) {
            // Another merge of one of them committed meanwhile (A into B while B into A).
            throw new Conflict("contact.merge.changed");
        }
        Contact kept = service.require(ws, keep);
        Contact gone = service.require(ws, merge);
        var photo = kept.hasPhoto() ? null : contacts.photo(ws, merge).orElse(null);
        notes.repoint(ws, merge, keep);
        timeline.repoint(ws, TimelineSubject.contact(merge), TimelineSubject.contact(keep));
        // Other modules re-point while the merged contact still exists, in case they reference it.
        events.publishEvent(new ContactsMerged(
                ws, merge, gone.displayName(), keep, kept.displayName(), ctx.actor(), clock.instant()));
        contacts.delete(ws, merge);
        contacts.update(
                ws, keep, combined(kept, gone), first(kept.organizationId(), gone.organizationId()), clock.instant());
        if (photo != null) {
            contacts.setPhoto(ws, keep, photo.data(), photo.mediaType());
        }
        if (gone.lastContactedAt() != null) {
            contacts.contacted(ws, keep, gone.lastContactedAt());
        }
        index.indexContact(ws, keep);
        return service.require(ws, keep);
    }

    private static ContactInput combined(Contact a, Contact b) {
        return new ContactInput(
                first(a.givenName(), b.givenName()),
                first(a.familyName(), b.familyName()),
                a.displayName(),
                union(a, b, Contact::emails),
                union(a, b, Contact::phones),
                null,
                null,
                first(a.title(), b.title()),
                first(a.department(), b.department()),
                first(a.linkedinUrl(), b.linkedinUrl()),
                first(a.xHandle(), b.xHandle()),
                first(a.website(), b.website()),
                union(a, b, Contact::tags),
                first(a.preferredLanguage(), b.preferredLanguage()),
                first(a.timeZone(), b.timeZone()),
                first(a.howWeMet(), b.howWeMet()),
                joinedNotes(a.notes(), b.notes()));
    }

    private static List<String> union(Contact a, Contact b, Function<Contact, List<String>> values) {
        return Stream.concat(values.apply(a).stream(), values.apply(b).stream())
                .distinct()
                .toList();
    }

    private static <T> @Nullable T first(@Nullable T a, @Nullable T b) {
        return a != null ? a : b;
    }

    private static @Nullable String joinedNotes(@Nullable String a, @Nullable String b) {
        if (a == null || b == null || a.equals(b)) {
            return first(a, b);
        }
        String both = a + "\n\n" + b;
        return both.length() > 4000 ? both.substring(0, 4000) : both;
    }

    static ContactSummary summary(Contact c) {
        return new ContactSummary(
                c.id(),
                c.displayName(),
                c.title(),
                c.organizationId(),
                c.organizationName(),
                c.primaryEmail(),
                c.tags(),
                c.lastContactedAt());
    }
}
