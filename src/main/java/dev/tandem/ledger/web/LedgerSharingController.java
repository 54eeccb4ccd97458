package dev.tandem.ledger.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.LedgerSharing;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.web.Flash;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shares a partnership's ledger with its guests, or keeps it internal again, from the ledger tab. */
@Controller
class LedgerSharingController {

    private final LedgerSharing sharing;

    LedgerSharingController(LedgerSharing sharing) {
        this.sharing = sharing;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/ledger/visibility")
    String change(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "INTERNAL") Visibility visibility,
            RedirectAttributes flash) {
        sharing.change(workspace, id, visibility);
        Flash.notice(flash, "ledger.sharing.changed." + visibility.name());
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/ledger";
    }
}
