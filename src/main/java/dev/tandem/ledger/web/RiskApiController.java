package dev.tandem.ledger.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.BalanceService;
import dev.tandem.ledger.RiskService;
import dev.tandem.ledger.ValuationService;
import dev.tandem.ledger.web.LedgerJson.BalanceResponse;
import dev.tandem.ledger.web.LedgerJson.RiskRequest;
import dev.tandem.ledger.web.LedgerJson.RiskResponse;
import dev.tandem.ledger.web.LedgerJson.ValuationJson;
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
        name = "Shared risk and balance",
        description = "A partnership's risk register (who bears each risk and the "
                + "agreed split of rewards), the balance between the sides over 180 days, and how the workspace values "
                + "entries. An id of another workspace is 404.")
class RiskApiController {

    private static final String VERSIONED = "With If-Match, a record changed meanwhile is 412 and nothing is written; "
            + "without it, a change that races another is 409.";

    private final RiskService risks;
    private final BalanceService balance;
    private final ValuationService valuation;

    RiskApiController(RiskService risks, BalanceService balance, ValuationService valuation) {
        this.risks = risks;
        this.balance = balance;
        this.valuation = valuation;
    }

    @GetMapping("/partnerships/{id}/risks")
    @Operation(summary = "A partnership's risk register, oldest first")
    List<RiskResponse> list(WorkspaceContext workspace, @PathVariable UUID id) {
        return risks.list(workspace, id).stream().map(RiskResponse::of).toList();
    }

    @PostMapping("/partnerships/{id}/risks")
    @Operation(
            summary = "Write down a shared risk",
            description =
                    "likelihood, impact: LOW, MEDIUM, HIGH; bears: US, "
                            + "THEM or SHARED; ourRewardShare: 0–100, the share of rewards agreed for our side (theirs is the rest).")
    ResponseEntity<RiskResponse> add(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody RiskRequest request) {
        var risk = risks.add(workspace, id, request.details());
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/risks/" + risk.id()))
                .eTag(ETags.of(risk.version()))
                .body(RiskResponse.of(risk));
    }

    @GetMapping("/risks/{id}")
    @ETagged
    @Operation(summary = "One shared risk", description = "The ETag names its version.")
    ResponseEntity<RiskResponse> get(WorkspaceContext workspace, @PathVariable UUID id) {
        var risk = risks.get(workspace, id);
        return ETags.ok(RiskResponse.of(risk), risk.version());
    }

    @PutMapping("/risks/{id}")
    @ETagged
    @Operation(summary = "Replace a shared risk", description = VERSIONED)
    ResponseEntity<RiskResponse> replace(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody RiskRequest request) {
        var current = risks.get(workspace, id);
        var risk = risks.update(workspace, id, ifMatch.orRead(current.version()), request.details());
        return ETags.ok(RiskResponse.of(risk), risk.version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/risks/{id}")
    @Operation(summary = "Delete a shared risk")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        risks.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/partnerships/{id}/balance")
    @Operation(
            summary = "The balance between the sides over the last 180 days",
            description = "Each side's "
                    + "contributions and rewards in the workspace's unit with its share, the split of contributions in six "
                    + "30-day periods (oldest first), and the valuation used.")
    BalanceResponse balance(WorkspaceContext workspace, @PathVariable UUID id) {
        return BalanceResponse.of(balance.of(workspace, id));
    }

    @GetMapping("/ledger/valuation")
    @ETagged
    @Operation(
            summary = "How the workspace values entries in its common unit",
            description = "The ETag names its " + "version (0 while it is the defaults: hours, 50 EUR an hour).")
    ResponseEntity<ValuationJson> valuation(WorkspaceContext workspace) {
        var v = valuation.of(workspace);
        return ETags.ok(ValuationJson.of(v.valuation()), v.version());
    }

    @RequiresRole(Role.ADMIN)
    @PutMapping("/ledger/valuation")
    @ETagged
    @Operation(
            summary = "Change how the workspace values entries (owners and admins)",
            description = "Every balance " + "and health score of the workspace is recomputed with it. " + VERSIONED)
    ResponseEntity<ValuationJson> changeValuation(
            WorkspaceContext workspace, IfMatch ifMatch, @Valid @RequestBody ValuationJson request) {
        var changed = valuation.change(workspace, ifMatch.basedOn(), request.valuation());
        return ETags.ok(ValuationJson.of(changed.valuation()), changed.version());
    }
}
