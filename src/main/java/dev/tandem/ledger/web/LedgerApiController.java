package dev.tandem.ledger.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.EntryView;
import dev.tandem.ledger.Flow;
import dev.tandem.ledger.LedgerService;
import dev.tandem.ledger.web.LedgerJson.EntryRequest;
import dev.tandem.ledger.web.LedgerJson.EntryResponse;
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
        name = "Ledger",
        description = "What each side of a partnership put in (contributions) and got out (rewards), "
                + "each valued in the workspace's common unit. An id of another workspace is 404.")
class LedgerApiController {

    private static final String ENTRY = "side: US or THEM; occurredOn: yyyy-MM-dd, not in the future; amount: hours "
            + "for TIME, a sum for MONEY (with currency, ISO 4217, converted at the workspace's rates), a number of items "
            + "otherwise, never negative; personId: a participant of that side (a member for US, a contact for THEM); "
            + "goalId, milestoneId: of the same partnership. The answer carries the entry's worth (value, unit).";

    private final LedgerService ledger;

    LedgerApiController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/partnerships/{id}/contributions")
    @Operation(summary = "A partnership's contributions, latest recorded first; cursor-paginated")
    Page<EntryResponse> contributions(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return ledger.list(workspace, id, Flow.CONTRIBUTION, PageRequest.of(limit, cursor))
                .map(EntryResponse::of);
    }

    @PostMapping("/partnerships/{id}/contributions")
    @Operation(
            summary = "Record what a side put in",
            description = "kind: TIME, MONEY, RESOURCE, INTRODUCTION, "
                    + "EXPERTISE or OTHER. Goes on the partnership's timeline. " + ENTRY)
    ResponseEntity<EntryResponse> contribute(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody EntryRequest request) {
        return created(workspace, ledger.record(workspace, id, Flow.CONTRIBUTION, request.details()));
    }

    @GetMapping("/partnerships/{id}/rewards")
    @Operation(summary = "A partnership's rewards, latest recorded first; cursor-paginated")
    Page<EntryResponse> rewards(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return ledger.list(workspace, id, Flow.REWARD, PageRequest.of(limit, cursor))
                .map(EntryResponse::of);
    }

    @PostMapping("/partnerships/{id}/rewards")
    @Operation(
            summary = "Record what a side got out",
            description = "kind: MONEY (revenue), LEADS, LEARNING, " + "REPUTATION, ACCESS or OTHER. " + ENTRY)
    ResponseEntity<EntryResponse> reward(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody EntryRequest request) {
        return created(workspace, ledger.record(workspace, id, Flow.REWARD, request.details()));
    }

    @GetMapping("/ledger-entries/{id}")
    @ETagged
    @Operation(summary = "One contribution or reward")
    ResponseEntity<EntryResponse> get(WorkspaceContext workspace, @PathVariable UUID id) {
        var view = ledger.get(workspace, id);
        return ETags.ok(EntryResponse.of(view), view.entry().version());
    }

    @PutMapping("/ledger-entries/{id}")
    @ETagged
    @Operation(
            summary = "Replace a contribution or reward",
            description = ENTRY + " With If-Match, an entry changed "
                    + "meanwhile is 412 and nothing is written; without it, a change that races another is 409.")
    ResponseEntity<EntryResponse> replace(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody EntryRequest request) {
        var entry = ledger.entry(workspace, id);
        var view = ledger.update(workspace, id, ifMatch.orRead(entry.version()), request.details());
        return ETags.ok(EntryResponse.of(view), view.entry().version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/ledger-entries/{id}")
    @Operation(summary = "Delete a contribution or reward")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        ledger.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<EntryResponse> created(WorkspaceContext workspace, EntryView view) {
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/ledger-entries/"
                        + view.entry().id()))
                .eTag(ETags.of(view.entry().version()))
                .body(EntryResponse.of(view));
    }
}
