package dev.tandem.endings.web;

import dev.tandem.endings.ContractService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
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
        name = "Contracts",
        description = "A partnership's contracts, written with the end in mind: term, renewal, notice "
                + "period, termination cost and exit terms (transition plan, data return, handover help, what survives). A "
                + "contract without exit terms raises a health signal. An id of another workspace is 404.")
class ContractApiController {

    private final ContractService contracts;

    ContractApiController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/partnerships/{id}/contracts")
    @Operation(summary = "A partnership's contracts, oldest first (at most 50)")
    List<ContractJson> list(WorkspaceContext workspace, @PathVariable UUID id) {
        return contracts.of(workspace, id).stream().map(ContractJson::of).toList();
    }

    @PostMapping("/partnerships/{id}/contracts")
    @Operation(
            summary = "Record a contract",
            description = "Dates yyyy-MM-dd. renewalNoticeOn only with autoRenews: "
                    + "the last day to say it should not renew. lastNoticeDay in the answer is that date, or endsOn less "
                    + "noticeDays. Goes on the partnership's timeline.")
    ResponseEntity<ContractJson> create(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody ContractJson.Request request) {
        var contract = contracts.add(workspace, id, request.terms());
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/contracts/" + contract.id()))
                .eTag(ETags.of(contract.version()))
                .body(ContractJson.of(contract));
    }

    @GetMapping("/contracts/{id}")
    @ETagged
    @Operation(summary = "One contract")
    ResponseEntity<ContractJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        var contract = contracts.get(workspace, id);
        return ETags.ok(ContractJson.of(contract), contract.version());
    }

    @PutMapping("/contracts/{id}")
    @ETagged
    @Operation(
            summary = "Replace a contract",
            description = "Absent text and dates are cleared. Answers the new "
                    + "version's ETag; with If-Match, a contract changed meanwhile is 412 and nothing is written.")
    ResponseEntity<ContractJson> replace(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody ContractJson.Request request) {
        var contract = contracts.update(workspace, id, ifMatch.basedOn(), request.terms());
        return ETags.ok(ContractJson.of(contract), contract.version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/contracts/{id}")
    @Operation(summary = "Delete a contract")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        contracts.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }
}
