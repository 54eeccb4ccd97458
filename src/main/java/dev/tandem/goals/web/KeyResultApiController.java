package dev.tandem.goals.web;

import dev.tandem.goals.KeyResultService;
import dev.tandem.goals.KeyResultView;
import dev.tandem.goals.web.ApiModels.KeyResultJson;
import dev.tandem.goals.web.ApiModels.KeyResultPatch;
import dev.tandem.goals.web.ApiModels.KeyResultRequest;
import dev.tandem.goals.web.ApiModels.MeasurementJson;
import dev.tandem.goals.web.ApiModels.MeasurementRequest;
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
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
        name = "Key results",
        description = "Key results of shared goals (baseline, target, direction) and their dated "
                + "measurements. progress: percent (0–100), expected (share of the goal's time elapsed) and onTrack "
                + "(percent ≥ expected). A target equal to the baseline is 400.")
class KeyResultApiController {

    private static final String VERSIONED =
            "Answers the new version's ETag; with If-Match, a key result changed meanwhile "
                    + "is 412 and nothing is written; without it, a change that races another is 409, never lost.";

    private final KeyResultService keyResults;

    KeyResultApiController(KeyResultService keyResults) {
        this.keyResults = keyResults;
    }

    @GetMapping("/goals/{id}/key-results")
    @Operation(summary = "A goal's key results (at most 20), oldest first, with their latest measurement and progress")
    List<KeyResultJson> list(WorkspaceContext workspace, @PathVariable UUID id) {
        return keyResults.list(workspace, id).stream().map(KeyResultJson::of).toList();
    }

    @PostMapping("/goals/{id}/key-results")
    @Operation(
            summary = "Add a key result",
            description = "direction UP needs target > baseline, DOWN target < "
                    + "baseline; without a direction it follows from the two.")
    ResponseEntity<KeyResultJson> create(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody KeyResultRequest request) {
        var view = keyResults.add(workspace, id, request.details());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/key-results/"
                        + view.keyResult().id()))
                .body(KeyResultJson.of(view));
    }

    @GetMapping("/key-results/{id}")
    @ETagged
    @Operation(summary = "One key result with its latest measurement and progress")
    ResponseEntity<KeyResultJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        return json(keyResults.get(workspace, id));
    }

    @PutMapping("/key-results/{id}")
    @ETagged
    @Operation(summary = "Replace a key result's metric, unit, baseline, target and direction", description = VERSIONED)
    ResponseEntity<KeyResultJson> replace(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody KeyResultRequest request) {
        return json(keyResults.update(workspace, id, ifMatch.basedOn(), request.details()));
    }

    @PatchMapping("/key-results/{id}")
    @ETagged
    @Operation(summary = "Change part of a key result", description = "Only the members given change. " + VERSIONED)
    ResponseEntity<KeyResultJson> patch(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody KeyResultPatch patch) {
        var current = keyResults.get(workspace, id).keyResult();
        return json(
                keyResults.update(workspace, id, ifMatch.orRead(current.version()), patch.applyTo(current.details())));
    }

    private static ResponseEntity<KeyResultJson> json(KeyResultView view) {
        return ETags.ok(KeyResultJson.of(view), view.keyResult().version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/key-results/{id}")
    @Operation(summary = "Delete a key result with its measurements")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        keyResults.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/key-results/{id}/measurements")
    @Operation(summary = "A key result's measurements, latest day first; cursor-paginated")
    Page<MeasurementJson> measurements(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return keyResults
                .measurements(workspace, id, PageRequest.of(limit, cursor))
                .map(MeasurementJson::of);
    }

    @PostMapping("/key-results/{id}/measurements")
    @Operation(
            summary = "Record a measurement",
            description = "measuredOn: yyyy-MM-dd, today by default, not in the "
                    + "future. Goes on the partnership's timeline.")
    ResponseEntity<MeasurementJson> measure(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody MeasurementRequest request) {
        var m = keyResults.measure(workspace, id, request.value(), request.measuredOn(), request.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(MeasurementJson.of(m));
    }
}
