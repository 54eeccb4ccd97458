package dev.tandem.ledger.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.LedgerSharing;
import dev.tandem.partnerships.Visibility;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether a partnership's ledger is shared with its guests, over the API. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}/ledger/visibility")
@Tag(name = "Ledger")
class LedgerSharingApiController {

    record VisibilityJson(
            @NotNull(message = "{validation.required}") Visibility visibility) {}

    private final LedgerSharing sharing;

    LedgerSharingApiController(LedgerSharing sharing) {
        this.sharing = sharing;
    }

    @GetMapping
    @Operation(summary = "Whether the partnership's ledger is INTERNAL (the default) or SHARED with its guests")
    VisibilityJson show(WorkspaceContext workspace, @PathVariable UUID id) {
        return new VisibilityJson(sharing.visibility(workspace, id));
    }

    @PutMapping
    @Operation(
            summary = "Share the partnership's ledger with its guests, or keep it internal",
            description = "SHARED: the partner's guests see the balance and the contributions, and record their own "
                    + "side's contributions. Setting the same value again changes nothing.")
    VisibilityJson change(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody VisibilityJson request) {
        return new VisibilityJson(sharing.change(workspace, id, request.visibility()));
    }
}
