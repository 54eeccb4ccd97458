package dev.tandem.partnerships.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Cadence;
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
 * The check-in cadence, edited in place on the overview like the purpose: the ideal and the longest interval in
 * days, saved against the version read. Without htmx the edit link leads to the whole edit form.
 */
@Controller
class PartnershipCadenceController {

    static final String PART = "cadence";

    private final InPlaceEdits edits;

    PartnershipCadenceController(InPlaceEdits edits) {
        this.edits = edits;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/cadence")
    String show(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        return edits.show(workspace, id, PART, htmx, model);
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/cadence/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        return edits.edit(
                workspace,
                id,
                PART,
                htmx,
                model,
                (d, m) -> input(
                        m,
                        String.valueOf(d.cadence().idealDays()),
                        String.valueOf(d.cadence().maxDays())));
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/cadence")
    String save(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String idealDays,
            @RequestParam(defaultValue = "") String maxDays,
            @RequestParam(required = false) @Nullable Long version,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var edit = new InPlaceEdits.Edit(
                PART,
                version,
                m -> input(m, idealDays, maxDays),
                d -> new PartnershipDetails(
                        d.name(),
                        d.kind(),
                        d.ownerId(),
                        d.organizationId(),
                        d.contactId(),
                        d.purpose(),
                        d.values(),
                        new Cadence(
                                days(idealDays, "partnership.cadence.ideal", "cadenceIdealDays"),
                                days(maxDays, "partnership.cadence.max", "cadenceMaxDays")),
                        d.visibility()));
        return edits.save(workspace, id, edit, htmx, model, response, flash);
    }

    private static void input(Model model, String idealDays, String maxDays) {
        model.addAttribute("idealDays", idealDays);
        model.addAttribute("maxDays", maxDays);
    }

    private static int days(String text, String problem, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(problem, Cadence.LONGEST).on(field);
        }
    }
}
