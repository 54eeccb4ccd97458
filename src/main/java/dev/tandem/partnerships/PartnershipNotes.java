package dev.tandem.partnerships;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on a partnership. A {@link Visibility#SHARED} note is written for the other side to read, so
 * it counts as an interaction (it moves "last contacted"); an internal one does not.
 */
@Service
public class PartnershipNotes {

    private static final int EXCERPT = 140;

    private final PartnershipService partnerships;
    private final Notes notes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnershipNotes(PartnershipService partnerships, Notes notes, ApplicationEventPublisher events, Clock clock) {
        this.partnerships = partnerships;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first. */
    public Page<Note> list(WorkspaceContext context, UUID partnershipId, PageRequest page) {
        partnerships.require(context, partnershipId);
        return Page.of(notes.of(context.workspaceId(), partnershipId, page), page, Note::id);
    }

    /** The newest notes written for the other side to read (SHARED), at most {@code limit}. */
    public List<Note> shared(WorkspaceContext context, UUID partnershipId, int limit) {
        partnerships.require(context, partnershipId);
        return notes.shared(context.workspaceId(), partnershipId, limit);
    }

    @Transactional
    public Note add(WorkspaceContext context, UUID partnershipId, String body, Visibility visibility) {
        partnerships.require(context, partnershipId);
        String text = body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("validation.required").on("body");
        }
        Instant now = Now.of(clock);
        var note = new Note(Ids.next(), partnershipId, text, visibility, context.userId(), now);
        notes.insert(context.workspaceId(), note);
        events.publishEvent(new PartnershipNoteAdded(
                context.workspaceId(), partnershipId, note.id(), visibility, excerpt(text), context.actor(), now));
        return note;
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID partnershipId, UUID noteId) {
        partnerships.require(context, partnershipId);
        Note note = notes.find(context.workspaceId(), partnershipId, noteId)
                .orElseThrow(() -> new NotFound("partnership.note.notFound"));
        // A member deletes their own notes; only owners and admins delete a colleague's (docs/permissions.md).
        if (!context.isAdmin() && !note.authorId().equals(context.userId())) {
            throw new Forbidden("note.notYours");
        }
        notes.delete(context.workspaceId(), noteId);
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }
}
