package dev.tandem.partnerships.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipDetails;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.web.Htmx;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The purpose, edited in place on the overview (htmx): saved against the version that was read, so a change made
 * meanwhile is shown with the form rather than overwritten. Without htmx the links lead to the whole edit form.
 */
@Controller
class PartnershipPurposeController {

    static final String PART = "purpose";
    static final int LENGTH = 2000;

    private final InPlaceEdits edits;

    PartnershipPurposeController(InPlaceEdits edits) {
        this.edits = edits;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/purpose")
    String show(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        return edits.show(workspace, id, PART, htmx, model);
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/purpose/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        return edits.edit(workspace, id, PART, htmx, model, (d, m) -> {
            String purpose = d.purpose();
            m.addAttribute("purpose", purpose == null ? "" : purpose);
        });
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/purpose")
    String save(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(required = false) @Nullable Long version,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var edit = new InPlaceEdits.Edit(PART, version, m -> m.addAttribute("purpose", purpose), d -> {
            if (purpose.strip().length() > LENGTH) {
                throw new InvalidInput("partnerships.problem.tooLong", LENGTH).on("purpose");
            }
            return new PartnershipDetails(
                    d.name(),
                    d.kind(),
                    d.ownerId(),
                    d.organizationId(),
                    d.contactId(),
                    purpose,
                    d.values(),
                    d.cadence(),
                    d.visibility());
        });
        return edits.save(workspace, id, edit, htmx, model, response, flash);
    }
}
