package dev.tandem.contacts;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes on contacts. A SHARED note counts as an interaction: it moves "last contacted". */
@Service
public class ContactNoteService {

    /** The longest note kept. */
    public static final int MAX_LENGTH = 4000;

    private final ContactNotes notes;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;
    private final AccountService accounts;
    private final Clock clock;

    ContactNoteService(
            ContactNotes notes,
            Contacts contacts,
            ApplicationEventPublisher events,
            AccountService accounts,
            Clock clock) {
        this.accounts = accounts;
        this.notes = notes;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ContactNote add(WorkspaceContext ctx, UUID contactId, String body, ContactNote.Visibility visibility) {
        requireContact(ctx.workspaceId(), contactId);
        String text = body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("validation.required").on("body");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("contact.note.tooLong", MAX_LENGTH).on("body");
        }
        UUID id = Ids.next();
        notes.insert(
                ctx.workspaceId(),
                id,
                contactId,
                text,
                visibility,
                ctx.userId().value(),
                accounts.user(ctx.userId()).displayName(),
                clock.instant());
        events.publishEvent(
                new ContactNoteAdded(ctx.workspaceId(), contactId, visibility, ctx.actor(), clock.instant()));
        return notes.of(ctx.workspaceId(), contactId, new PageRequest(1, null)).get(0);
    }

    public Page<ContactNote> list(WorkspaceId ws, UUID contactId, PageRequest page) {
        requireContact(ws, contactId);
        return Page.of(notes.of(ws, contactId, page), page, ContactNote::id);
    }

    @Transactional
    public void delete(WorkspaceContext ctx, UUID contactId, UUID noteId) {
        requireContact(ctx.workspaceId(), contactId);
        var author = notes.author(ctx.workspaceId(), contactId, noteId)
                .orElseThrow(() -> new NotFound("contact.note.notFound"));
        // A member deletes their own notes; only owners and admins delete a colleague's (docs/permissions.md).
        if (!ctx.isAdmin() && !author.map(ctx.userId().value()::equals).orElse(false)) {
            throw new Forbidden("note.notYours");
        }
        if (!notes.delete(ctx.workspaceId(), contactId, noteId)) {
            throw new NotFound("contact.note.notFound");
        }
    }

    private void requireContact(WorkspaceId ws, UUID contactId) {
        if (!contacts.exists(ws, contactId)) {
            throw new NotFound("contact.notFound");
        }
    }
}
