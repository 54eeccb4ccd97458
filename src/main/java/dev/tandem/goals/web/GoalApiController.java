package dev.tandem.goals.web;

import dev.tandem.goals.AlignmentService;
import dev.tandem.goals.GoalService;
import dev.tandem.goals.GoalStatus;
import dev.tandem.goals.GoalView;
import dev.tandem.goals.web.ApiModels.AlignmentJson;
import dev.tandem.goals.web.ApiModels.GoalJson;
import dev.tandem.goals.web.ApiModels.GoalPatch;
import dev.tandem.goals.web.ApiModels.GoalRequest;
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
import org.springframework.web.bind.annotation.PatchMapping;
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
        name = "Goals",
        description = "Shared goals of a partnership with their owners, due date, status, progress and "
                + "the own goals they serve; the alignment of a partnership. An id of another workspace is 404.")
class GoalApiController {

    private static final String VERSIONED = "Answers the new version's ETag; with If-Match, a goal changed meanwhile "
            + "is 412 and nothing is written; without it, a change that races another is 409, never lost.";

    private final GoalService goals;
    private final AlignmentService alignment;

    GoalApiController(GoalService goals, AlignmentService alignment) {
        this.goals = goals;
        this.alignment = alignment;
    }

    @GetMapping("/partnerships/{id}/goals")
    @Operation(summary = "A partnership's shared goals, oldest first, with key results and progress; cursor-paginated")
    Page<GoalJson> list(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return goals.list(workspace, id, PageRequest.of(limit, cursor)).map(GoalJson::of);
    }

    @PostMapping("/partnerships/{id}/goals")
    @Operation(
            summary = "Set a shared goal",
            description = "dueOn: yyyy-MM-dd; ourOwnerId: a member; theirOwnerId: a "
                    + "contact; serves: ids of own goals of this partnership. Goes on the partnership's timeline.")
    ResponseEntity<GoalJson> create(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody GoalRequest request) {
        var view = goals.set(workspace, id, request.details(GoalStatus.ACTIVE));
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/goals/"
                        + view.goal().id()))
                .body(GoalJson.of(view));
    }

    @GetMapping("/goals/{id}")
    @ETagged
    @Operation(summary = "One shared goal with its key results and progress")
    ResponseEntity<GoalJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        return json(goals.get(workspace, id));
    }

    @PutMapping("/goals/{id}")
    @ETagged
    @Operation(
            summary = "Replace a shared goal",
            description = "Absent owners and serves are cleared; an absent status "
                    + "stays. A status change (ACHIEVED, DROPPED, back to ACTIVE) goes on the timeline. " + VERSIONED)
    ResponseEntity<GoalJson> replace(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody GoalRequest request) {
        var goal = goals.goal(workspace, id);
        return json(goals.update(workspace, id, ifMatch.orRead(goal.version()), request.details(goal.status())));
    }

    @PatchMapping("/goals/{id}")
    @ETagged
    @Operation(
            summary = "Change part of a shared goal",
            description = "Only the members given change, e.g. "
                    + "{\"status\":\"ACHIEVED\"}; to clear an owner, use PUT. " + VERSIONED)
    ResponseEntity<GoalJson> patch(
            WorkspaceContext workspace, @PathVariable UUID id, IfMatch ifMatch, @Valid @RequestBody GoalPatch patch) {
        var goal = goals.goal(workspace, id);
        return json(goals.update(workspace, id, ifMatch.orRead(goal.version()), patch.applyTo(goal)));
    }

    private static ResponseEntity<GoalJson> json(GoalView view) {
        return ETags.ok(GoalJson.of(view), view.goal().version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/goals/{id}")
    @Operation(summary = "Delete a shared goal with its key results and measurements")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        goals.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/partnerships/{id}/alignment")
    @Operation(
            summary = "Which active shared goals lack an owner on a side or serve no own goal of a side, and which "
                    + "own goals no shared goal serves")
    AlignmentJson alignment(WorkspaceContext workspace, @PathVariable UUID id) {
        return AlignmentJson.of(alignment.of(workspace, id));
    }
}
