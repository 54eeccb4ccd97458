package dev.tandem.contacts.web;

import dev.tandem.contacts.ContactDraft;
import dev.tandem.contacts.ContactNote;
import dev.tandem.contacts.ContactNoteService;
import dev.tandem.contacts.ContactService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.timeline.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/contacts/{contactId}")
@Tag(
        name = "Contact activity",
        description = "A contact's notes, timeline and photo. An id of another workspace is 404.")
class ContactActivityApiController {

    record NewNote(
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}")
            String body,

            ContactNote.@Nullable Visibility visibility) {}

    /** A timeline entry with its text in the caller's language. */
    record EntryView(
            UUID id,
            String type,
            String text,
            List<String> args,
            @Nullable String actorName,
            Instant occurredAt,
            boolean interaction) {}

    private final ContactNoteService notes;
    private final ContactService contacts;
    private final Timeline timeline;
    private final MessageSource messages;

    ContactActivityApiController(
            ContactNoteService notes, ContactService contacts, Timeline timeline, MessageSource messages) {
        this.notes = notes;
        this.contacts = contacts;
        this.timeline = timeline;
        this.messages = messages;
    }

    @GetMapping("/notes")
    @Operation(summary = "A contact's notes, newest first, cursor-paginated")
    Page<ContactNote> notes(
            WorkspaceContext workspace,
            @PathVariable UUID contactId,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return notes.list(workspace.workspaceId(), contactId, PageRequest.of(limit, cursor));
    }

    @PostMapping("/notes")
    @Operation(
            summary = "Add a note",
            description = "visibility INTERNAL (default) or SHARED; a SHARED note counts "
                    + "as an interaction and moves lastContactedAt.")
    ResponseEntity<ContactNote> addNote(
            WorkspaceContext workspace, @PathVariable UUID contactId, @Valid @RequestBody NewNote request) {
        ContactNote note = notes.add(
                workspace,
                contactId,
                request.body(),
                request.visibility() == null ? ContactNote.Visibility.INTERNAL : request.visibility());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/contacts/"
                        + contactId + "/notes/" + note.id()))
                .body(note);
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/notes/{noteId}")
    @Operation(summary = "Delete a note")
    ResponseEntity<Void> deleteNote(
            WorkspaceContext workspace, @PathVariable UUID contactId, @PathVariable UUID noteId) {
        notes.delete(workspace, contactId, noteId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/timeline")
    @Operation(summary = "A contact's timeline, newest first, cursor-paginated")
    Page<EntryView> timeline(
            WorkspaceContext workspace,
            @PathVariable UUID contactId,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        contacts.get(workspace, contactId);
        var locale = LocaleContextHolder.getLocale();
        return timeline.of(workspace.workspaceId(), TimelineSubject.contact(contactId), PageRequest.of(limit, cursor))
                .map(e -> new EntryView(
                        e.id(),
                        e.type(),
                        e.text(messages, locale),
                        Arrays.stream(e.args(locale)).map(String::valueOf).toList(),
                        e.actorName(),
                        e.occurredAt(),
                        e.interaction()));
    }

    @GetMapping("/photo")
    @Operation(summary = "The contact's photo (404 when there is none)")
    ResponseEntity<byte[]> photo(WorkspaceContext workspace, @PathVariable UUID contactId) {
        return ContactPhotos.answer(contacts.photo(workspace, contactId));
    }

    @PutMapping(
            path = "/photo",
            consumes = {"image/jpeg", "image/png", "image/gif", "image/webp"})
    @Operation(summary = "Set the photo: the image itself as the body, at most 1 MB")
    ResponseEntity<Void> setPhoto(
            WorkspaceContext workspace,
            @PathVariable UUID contactId,
            @Parameter(hidden = true) @RequestHeader("Content-Type") MediaType type,
            @RequestBody byte[] image) {
        contacts.setPhoto(
                workspace, contactId, new ContactDraft.Photo(image, type.getType() + "/" + type.getSubtype()));
        return ResponseEntity.noContent().build();
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/photo")
    @Operation(summary = "Remove the photo")
    ResponseEntity<Void> deletePhoto(WorkspaceContext workspace, @PathVariable UUID contactId) {
        contacts.setPhoto(workspace, contactId, null);
        return ResponseEntity.noContent().build();
    }
}
