package dev.tandem.partnerships.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.Htmx;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnerships' side of people and organisations: the options of the counterpart pickers as they
 * are typed (htmx), and the partnerships of a contact, which the contact's page loads.
 */
@Controller
class CounterpartController {

    static final String OPTIONS = "partnerships/picker :: options";
    static final String OF_CONTACT = "partnerships/of-contact";

    private final Counterparts counterparts;
    private final PartnershipPortfolio portfolio;

    CounterpartController(Counterparts counterparts, PartnershipPortfolio portfolio) {
        this.counterparts = counterparts;
        this.portfolio = portfolio;
    }

    /** The contact options for {@code contactQ}, keeping the one chosen ({@code contactId}) first. */
    @GetMapping("/w/{workspaceId}/partnerships/pick/contacts")
    String contacts(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "") String contactQ,
            @RequestParam(required = false) @Nullable UUID contactId,
            @RequestParam(defaultValue = "true") boolean none,
            Model model) {
        model.addAttribute("picker", counterparts.contacts(workspace, contactId, contactQ, none));
        return OPTIONS;
    }

    @GetMapping("/w/{workspaceId}/partnerships/pick/organizations")
    String organizations(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "") String organizationQ,
            @RequestParam(required = false) @Nullable UUID organizationId,
            Model model) {
        model.addAttribute("picker", counterparts.organizations(workspace, organizationId, organizationQ));
        return OPTIONS;
    }

    /** The contact's partnerships: the list fragment for htmx (the contact's page), a page of its own otherwise. */
    @GetMapping("/w/{workspaceId}/partnerships/of-contact/{contactId}")
    String ofContact(WorkspaceContext workspace, @PathVariable UUID contactId, Htmx htmx, Model model) {
        model.addAttribute("page", portfolio.ofContact(workspace, contactId, PageRequest.of(50, null)));
        model.addAttribute("contactId", contactId);
        if (htmx.isRequest()) {
            return OF_CONTACT + " :: list";
        }
        model.addAttribute(
                "contactName",
                counterparts
                        .contact(workspace, contactId)
                        .map(c -> c.displayName())
                        .orElse(""));
        return OF_CONTACT;
    }
}
