package dev.tandem.partnerships.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipNotes;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.partnerships.web.ApiModels.NoteJson;
import dev.tandem.partnerships.web.ApiModels.NoteRequest;
import dev.tandem.partnerships.web.ApiModels.ParticipantJson;
import dev.tandem.partnerships.web.ApiModels.ParticipantRequest;
import dev.tandem.partnerships.web.ApiModels.PartnershipJson;
import dev.tandem.partnerships.web.ApiModels.StageChangeJson;
import dev.tandem.partnerships.web.ApiModels.StageRequest;
import dev.tandem.partnerships.web.ApiModels.TimelineJson;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}")
@Tag(
        name = "Partnership activity",
        description = "A partnership's stage moves and history, timeline, notes and "
                + "participants. A disallowed stage move is 409.")
class PartnershipActivityApiController {

    private final PartnershipService partnerships;
    private final PartnershipPortfolio portfolio;
    private final PartnershipNotes notes;
    private final PartnershipParticipants participants;
    private final MessageSource messages;

    PartnershipActivityApiController(
            PartnershipService partnerships,
            PartnershipPortfolio portfolio,
            PartnershipNotes notes,
            PartnershipParticipants participants,
            MessageSource messages) {
        this.partnerships = partnerships;
        this.portfolio = portfolio;
        this.notes = notes;
        this.participants = participants;
        this.messages = messages;
    }

    @PostMapping("/stage")
    @Operation(
            summary = "Move to another stage, with a reason",
            description =
                    "EXPLORING → COLLABORATING → PARTNERING; "
                            + "an active stage ↔ DORMANT; an active stage → WINDING_DOWN → ENDED (final). Anything else is 409.")
    PartnershipJson move(WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody StageRequest request) {
        return PartnershipJson.of(partnerships.moveStage(workspace, id, request.stage(), request.reason()));
    }

    @GetMapping("/stages")
    @Operation(summary = "The stage history, oldest first: from, to, reason, who and when")
    Page<StageChangeJson> stages(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        var page = partnerships.stages(workspace, id, PageRequest.of(limit, cursor));
        var names = portfolio.memberNames(workspace);
        return page.map(change -> StageChangeJson.of(change, names));
    }

    @GetMapping("/timeline")
    @Operation(summary = "Everything that happened, newest first, with its text in the caller's language")
    Page<TimelineJson> timeline(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return partnerships
                .timeline(workspace, id, PageRequest.of(limit, cursor))
                .map(e -> new TimelineJson(
                        e.id(),
                        e.type(),
                        e.text(messages, LocaleContextHolder.getLocale()),
                        e.actorName(),
                        e.occurredAt(),
                        e.interaction()));
    }

    @GetMapping("/notes")
    @Operation(summary = "Notes, newest first")
    Page<NoteJson> notes(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        var page = notes.list(workspace, id, PageRequest.of(limit, cursor));
        var names = portfolio.memberNames(workspace);
        return page.map(note -> NoteJson.of(note, names));
    }

    @PostMapping("/notes")
    @Operation(
            summary = "Add a note",
            description = "visibility INTERNAL (default) or SHARED; a shared note counts "
                    + "as an interaction and updates lastContactedAt.")
    ResponseEntity<NoteJson> addNote(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        var note = notes.add(
                workspace,
                id,
                request.body(),
                request.visibility() == null ? Visibility.INTERNAL : request.visibility());
        return ResponseEntity.status(HttpStatus.CREATED).body(NoteJson.of(note, portfolio.memberNames(workspace)));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/notes/{noteId}")
    @Operation(summary = "Delete a note")
    ResponseEntity<Void> deleteNote(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID noteId) {
        notes.delete(workspace, id, noteId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/participants")
    @Operation(summary = "Participants: our members and their contacts, with their roles")
    List<ParticipantJson> participants(WorkspaceContext workspace, @PathVariable UUID id) {
        return participants.list(workspace, id).stream()
                .map(ParticipantJson::of)
                .toList();
    }

    @PostMapping("/participants")
    @Operation(
            summary = "Add a participant",
            description = "userId (a member, our side) or contactId (a contact, "
                    + "their side), exactly one, with a role. Unknown people are 400, someone already in is 409.")
    ResponseEntity<ParticipantJson> addParticipant(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody ParticipantRequest request) {
        if ((request.userId() == null) == (request.contactId() == null)) {
            throw new InvalidInput("partnership.participant.oneOf").on("userId");
        }
        var side = request.userId() != null ? Side.OURS : Side.THEIRS;
        var person = request.userId() != null ? request.userId() : request.contactId();
        var added = participants.add(workspace, id, side, Objects.requireNonNull(person), request.role());
        return ResponseEntity.status(HttpStatus.CREATED).body(ParticipantJson.of(added));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/participants/{participantId}")
    @Operation(summary = "Remove a participant")
    ResponseEntity<Void> removeParticipant(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID participantId) {
        participants.remove(workspace, id, participantId);
        return ResponseEntity.noContent().build();
    }
}
