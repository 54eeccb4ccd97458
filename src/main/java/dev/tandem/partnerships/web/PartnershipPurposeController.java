package dev.tandem.partnerships.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipDetails;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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

    static final String PURPOSE = "partnerships/purpose :: purpose";
    static final String FORM = "partnerships/purpose :: form";
    static final int LENGTH = 2000;

    private final PartnershipService partnerships;
    private final MessageSource messages;

    PartnershipPurposeController(PartnershipService partnerships, MessageSource messages) {
        this.partnerships = partnerships;
        this.messages = messages;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/purpose")
    String show(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        return htmx.isRequest() ? PURPOSE : hub(workspace, id);
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/purpose/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        PartnershipView view = partnerships.get(workspace, id);
        if (!htmx.isRequest()) {
            return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/edit";
        }
        String purpose = view.partnership().details().purpose();
        return form(view, view.partnership().version(), purpose == null ? "" : purpose, model);
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
        PartnershipView view = partnerships.get(workspace, id);
        if (purpose.strip().length() > LENGTH) {
            if (!htmx.isRequest()) {
                Flash.problem(flash, new InvalidInput("partnerships.problem.tooLong", LENGTH));
                return hub(workspace, id);
            }
            model.addAttribute("purposeProblem", message("partnerships.problem.tooLong", LENGTH));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(view, version, purpose, model);
        }
        var d = view.partnership().details();
        try {
            PartnershipView saved = partnerships.update(
                    workspace,
                    id,
                    version == null ? null : BasedOn.read(version),
                    new PartnershipDetails(
                            d.name(),
                            d.kind(),
                            d.ownerId(),
                            d.organizationId(),
                            d.contactId(),
                            purpose,
                            d.values(),
                            d.cadence(),
                            d.visibility()));
            if (!htmx.isRequest()) {
                Flash.notice(flash, "partnerships.purpose.saved");
                return hub(workspace, id);
            }
            model.addAttribute("view", saved);
            model.addAttribute("purposeSaved", true);
            return PURPOSE;
        } catch (Refusal problem) {
            if (problem instanceof NotFound && problem.field() == null) {
                throw problem;
            }
            if (!htmx.isRequest()) {
                Flash.problem(flash, problem);
                return hub(workspace, id);
            }
            Long now = Forms.changedMeanwhile(
                    problem, model, "partnerships.field.", "/w/" + workspace.workspaceId() + "/partnerships/" + id);
            if (now == null) {
                var said = Refusals.said(problem);
                model.addAttribute("purposeProblem", message(said.key(), said.args()));
            }
            response.setStatus(now != null ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return form(partnerships.get(workspace, id), now != null ? now : version, purpose, model);
        }
    }

    private static String form(PartnershipView view, @Nullable Long version, String purpose, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("version", version);
        model.addAttribute("purpose", purpose);
        return FORM;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String hub(WorkspaceContext workspace, UUID id) {
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id;
    }
}
