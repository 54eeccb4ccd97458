package dev.tandem.guests.web;

import dev.tandem.guests.GuestContribution;
import dev.tandem.guests.GuestLedger;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.EntryKind;
import dev.tandem.shared.InvalidInput;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a guest records from the partner view: a contribution of their side to the shared ledger, and kudos to someone
 * of our side. A refusal comes back as the page's message; an internal ledger or another partnership is 404.
 */
@Controller
class PartnerLedgerController {

    private final GuestLedger ledger;

    PartnerLedgerController(GuestLedger ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/partner-view/contributions")
    @OpenToGuests
    String contribute(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable EntryKind kind,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String occurredOn,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String currency,
            RedirectAttributes flash) {
        var contribution = new GuestContribution(null, kind, description, occurredOn, amount, currency);
        PartnerViewController.act(
                flash, "guests.ledger.recorded", () -> ledger.contribute(workspace, id, contribution));
        return "redirect:" + PartnerViewController.path(workspace, id) + "#ledger";
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/partner-view/kudos")
    @OpenToGuests
    String thank(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes flash) {
        PartnerViewController.act(flash, "guests.kudos.given", () -> {
            if (personId == null) {
                throw new InvalidInput("validation.required").on("personId");
            }
            ledger.thank(workspace, id, personId, message);
        });
        return "redirect:" + PartnerViewController.path(workspace, id) + "#kudos";
    }
}
