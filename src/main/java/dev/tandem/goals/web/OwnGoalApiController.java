package dev.tandem.goals.web;

import dev.tandem.goals.OwnGoal;
import dev.tandem.goals.OwnGoalService;
import dev.tandem.goals.web.ApiModels.OwnGoalJson;
import dev.tandem.goals.web.ApiModels.OwnGoalRequest;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(
        name = "Own goals",
        description = "Each side's personal and organisational goals for a partnership, which shared "
                + "goals serve. An id of another workspace is 404.")
class OwnGoalApiController {

    private static final String VERSIONED =
            "Answers the new version's ETag; with If-Match, an own goal changed meanwhile "
                    + "is 412 and nothing is written; without it, a change that races another is 409, never lost.";

    private final OwnGoalService ownGoals;

    OwnGoalApiController(OwnGoalService ownGoals) {
        this.ownGoals = ownGoals;
    }

    @GetMapping("/partnerships/{id}/own-goals")
    @Operation(summary = "A partnership's own goals of both sides, oldest first; cursor-paginated")
    Page<OwnGoalJson> list(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return ownGoals.list(workspace, id, PageRequest.of(limit, cursor)).map(OwnGoalJson::of);
    }

    @PostMapping("/partnerships/{id}/own-goals")
    @Operation(summary = "Add an own goal", description = "side OURS or THEIRS; kind PERSONAL or ORGANISATIONAL.")
    ResponseEntity<OwnGoalJson> create(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody OwnGoalRequest r) {
        var own = ownGoals.add(workspace, id, r.side(), r.kind(), r.title(), r.description());
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/own-goals/" + own.id()))
                .body(OwnGoalJson.of(own));
    }

    @GetMapping("/own-goals/{id}")
    @ETagged
    @Operation(summary = "One own goal")
    ResponseEntity<OwnGoalJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        return json(ownGoals.get(workspace, id));
    }

    @PutMapping("/own-goals/{id}")
    @ETagged
    @Operation(summary = "Replace an own goal", description = VERSIONED)
    ResponseEntity<OwnGoalJson> replace(
            WorkspaceContext workspace, @PathVariable UUID id, IfMatch ifMatch, @Valid @RequestBody OwnGoalRequest r) {
        return json(ownGoals.update(workspace, id, ifMatch.basedOn(), r.side(), r.kind(), r.title(), r.description()));
    }

    private static ResponseEntity<OwnGoalJson> json(OwnGoal own) {
        return ETags.ok(OwnGoalJson.of(own), own.version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/own-goals/{id}")
    @Operation(summary = "Delete an own goal; shared goals no longer serve it")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        ownGoals.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }
}
