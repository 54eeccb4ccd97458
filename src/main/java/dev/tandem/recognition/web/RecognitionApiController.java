package dev.tandem.recognition.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Visibility;
import dev.tandem.recognition.Contributor;
import dev.tandem.recognition.KudosService;
import dev.tandem.recognition.MilestoneService;
import dev.tandem.recognition.web.RecognitionJson.KudosJson;
import dev.tandem.recognition.web.RecognitionJson.KudosRequest;
import dev.tandem.recognition.web.RecognitionJson.MilestoneJson;
import dev.tandem.recognition.web.RecognitionJson.MilestoneRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(
        name = "Recognition",
        description = "Milestones of a partnership with who contributed on each side, and kudos: "
                + "a thank-you to one person. An id of another workspace is 404.")
class RecognitionApiController {

    private final MilestoneService milestones;
    private final KudosService kudos;

    RecognitionApiController(MilestoneService milestones, KudosService kudos) {
        this.milestones = milestones;
        this.kudos = kudos;
    }

    @GetMapping("/partnerships/{id}/milestones")
    @Operation(summary = "A partnership's milestones, latest first, with contributors and kudos")
    List<MilestoneJson> list(WorkspaceContext workspace, @PathVariable UUID id) {
        return kudos.recognition(workspace, id).milestones().stream()
                .map(MilestoneJson::of)
                .toList();
    }

    @PostMapping("/partnerships/{id}/milestones")
    @Operation(
            summary = "Record a milestone reached",
            description = "reachedOn: yyyy-MM-dd, not in the future; "
                    + "contributors: participants of the partnership ({side: OURS, personId: a member's user id} or {side: "
                    + "THEIRS, personId: a contact id}); goalIds, keyResultIds: of the same partnership. Goes on the timelines "
                    + "of the partnership and of the contacts who contributed.")
    ResponseEntity<MilestoneJson> add(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody MilestoneRequest request) {
        var view = milestones.add(workspace, id, request.details());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/milestones/"
                        + view.milestone().id()))
                .eTag(ETags.of(view.milestone().version()))
                .body(MilestoneJson.of(view));
    }

    @GetMapping("/milestones/{id}")
    @ETagged
    @Operation(summary = "One milestone with its contributors and kudos", description = "The ETag names its version.")
    ResponseEntity<MilestoneJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        var view = milestones.get(workspace, id);
        return ETags.ok(MilestoneJson.of(view), view.milestone().version());
    }

    @PutMapping("/milestones/{id}")
    @ETagged
    @Operation(
            summary = "Replace a milestone",
            description = "With If-Match, a milestone changed meanwhile is 412 "
                    + "and nothing is written; without it, a change that races another is 409.")
    ResponseEntity<MilestoneJson> replace(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody MilestoneRequest request) {
        var current = milestones.milestone(workspace, id);
        var view = milestones.update(workspace, id, ifMatch.orRead(current.version()), request.details());
        return ETags.ok(MilestoneJson.of(view), view.milestone().version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/milestones/{id}")
    @Operation(summary = "Delete a milestone with its kudos")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        milestones.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/partnerships/{id}/kudos")
    @Operation(summary = "A partnership's kudos, latest first")
    List<KudosJson> kudos(WorkspaceContext workspace, @PathVariable UUID id) {
        return kudos.list(workspace, id).stream().map(KudosJson::of).toList();
    }

    @PostMapping("/partnerships/{id}/kudos")
    @Operation(
            summary = "Thank someone",
            description =
                    "side, personId: a participant of the partnership (OURS: a "
                            + "member's user id, THEIRS: a contact id); milestoneId: optional, a milestone of the same partnership; "
                            + "message: up to 500 characters; visibility: INTERNAL (the default) or SHARED (also shown in the "
                            + "partnership's shared space, to its guests). Goes on the timelines of the partnership and of the contact thanked.")
    ResponseEntity<KudosJson> thank(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody KudosRequest request) {
        var view = kudos.give(
                workspace,
                id,
                new Contributor(request.side(), request.personId()),
                request.milestoneId(),
                request.message(),
                request.visibility() == null ? Visibility.INTERNAL : request.visibility());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/kudos/"
                        + view.kudos().id()))
                .body(KudosJson.of(view));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/kudos/{id}")
    @Operation(summary = "Take back kudos")
    ResponseEntity<Void> deleteKudos(WorkspaceContext workspace, @PathVariable UUID id) {
        kudos.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }
}
