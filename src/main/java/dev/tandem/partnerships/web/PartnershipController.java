package dev.tandem.partnerships.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Cadence;
import dev.tandem.partnerships.PartnershipFilter;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.UserId;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The portfolio pages: the filtered list (live search with htmx), losing touch, and the create/edit forms. */
@Controller
class PartnershipController {

    static final String LIST = "partnerships/list";
    static final String RESULTS = "partnerships/list :: results";
    static final String LOSING_TOUCH = "partnerships/losing-touch";
    static final String FORM = "partnerships/form";

    private final PartnershipService partnerships;
    private final PartnershipPortfolio portfolio;
    private final Counterparts counterparts;

    PartnershipController(PartnershipService partnerships, PartnershipPortfolio portfolio, Counterparts counterparts) {
        this.partnerships = partnerships;
        this.portfolio = portfolio;
        this.counterparts = counterparts;
    }

    @GetMapping("/w/{workspaceId}/partnerships")
    String list(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable PartnershipKind kind,
            @RequestParam(required = false) @Nullable Stage stage,
            @RequestParam(required = false) @Nullable UUID owner,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String cursor,
            Htmx htmx,
            Model model) {
        var filter = filter(kind, stage, owner, tag, q, sort);
        var page = portfolio.list(workspace, filter, PageRequest.of(50, cursor));
        model.addAttribute("page", page);
        model.addAttribute("moreUrl", more(page.nextCursor()));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort == null ? "name" : sort);
        model.addAttribute(
                "filtered",
                kind != null || stage != null || owner != null || filter.tag() != null || filter.text() != null);
        model.addAttribute("boardUrl", PartnershipBoardController.url(workspace, filter, sort));
        model.addAttribute("listUrl", PartnershipBoardController.listUrl(workspace, filter, sort));
        if (htmx.isRequest()) {
            return RESULTS;
        }
        choices(portfolio, workspace, model);
        return LIST;
    }

    @GetMapping("/w/{workspaceId}/partnerships/losing-touch")
    String losingTouch(
            WorkspaceContext workspace, @RequestParam(required = false) @Nullable String cursor, Model model) {
        var page = portfolio.losingTouch(workspace, PageRequest.of(50, cursor));
        model.addAttribute("page", page);
        model.addAttribute("moreUrl", more(page.nextCursor()));
        return LOSING_TOUCH;
    }

    /** The empty form; from a contact's page ({@code contact}), with that person and their organisation filled in. */
    @GetMapping("/w/{workspaceId}/partnerships/new")
    String newForm(WorkspaceContext workspace, @RequestParam(required = false) @Nullable UUID contact, Model model) {
        var form = new PartnershipForm();
        form.setOwnerId(workspace.userId().value());
        if (contact != null) {
            form.startWith(counterparts
                    .contact(workspace, contact)
                    .orElseThrow(() -> new NotFound("partnership.contact.unknown")));
        }
        model.addAttribute("form", form);
        return formPage(workspace, null, form, model);
    }

    @PostMapping("/w/{workspaceId}/partnerships")
    String create(
            WorkspaceContext workspace,
            @Valid @ModelAttribute("form") PartnershipForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String pick,
            Model model,
            RedirectAttributes flash) {
        if (pick != null) {
            return searchAgain(workspace, null, form, model);
        }
        checkCadence(form, binding);
        if (binding.hasErrors()) {
            return formPage(workspace, null, form, model);
        }
        try {
            var view = partnerships.create(workspace, form.details(workspace.userId()), form.getStage());
            Flash.notice(flash, "partnerships.created");
            return "redirect:/w/" + workspace.workspaceId() + "/partnerships/"
                    + view.partnership().id();
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
            return formPage(workspace, null, form, model);
        }
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/edit")
    String editForm(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        var form = PartnershipForm.of(partnerships.get(workspace, id));
        model.addAttribute("form", form);
        return formPage(workspace, id, form, model);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/edit")
    String update(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PartnershipForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String pick,
            Model model,
            RedirectAttributes flash) {
        partnerships.get(workspace, id);
        if (pick != null) {
            return searchAgain(workspace, id, form, model);
        }
        checkCadence(form, binding);
        if (binding.hasErrors()) {
            return formPage(workspace, id, form, model);
        }
        try {
            partnerships.update(
                    workspace,
                    id,
                    form.getVersion() == null ? null : BasedOn.read(form.getVersion()),
                    form.details(workspace.userId()));
            Flash.notice(flash, "partnerships.saved");
            return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id;
        } catch (Refusal problem) {
            Long now = Forms.changedMeanwhile(
                    problem, model, "partnerships.field.", "/w/" + workspace.workspaceId() + "/partnerships/" + id);
            if (now != null) {
                form.setVersion(now);
            } else {
                Forms.reject(binding, problem);
            }
            return formPage(workspace, id, form, model);
        }
    }

    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/delete")
    String delete(WorkspaceContext workspace, @PathVariable UUID id, RedirectAttributes flash) {
        partnerships.delete(workspace, id);
        Flash.notice(flash, "partnerships.deleted");
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships";
    }

    /** Shows the cadence's own rule (maximum at least the ideal) with the other errors, not after them. */
    private static void checkCadence(PartnershipForm form, BindingResult binding) {
        if (form.getCadenceIdealDays() == null
                || form.getCadenceMaxDays() == null
                || binding.hasFieldErrors("cadenceIdealDays")
                || binding.hasFieldErrors("cadenceMaxDays")) {
            return;
        }
        try {
            new Cadence(form.getCadenceIdealDays(), form.getCadenceMaxDays());
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
        }
    }

    /** This page with the same filters, from the next cursor on. */
    private static @Nullable String more(@Nullable String next) {
        if (next == null) {
            return null;
        }
        var uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", next)
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    /**
     * A picker's search button, without JavaScript: the form again as it was typed, with the matches and
     * without complaints about fields not filled in yet.
     */
    private String searchAgain(WorkspaceContext workspace, @Nullable UUID id, PartnershipForm form, Model model) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        return formPage(workspace, id, form, model);
    }

    private String formPage(WorkspaceContext workspace, @Nullable UUID id, PartnershipForm form, Model model) {
        model.addAttribute(
                "contactPicker", counterparts.contacts(workspace, form.getContactId(), form.getContactQ(), true));
        model.addAttribute(
                "organizationPicker",
                counterparts.organizations(workspace, form.getOrganizationId(), form.getOrganizationQ()));
        model.addAttribute("partnershipId", id);
        model.addAttribute("initialStages", List.of(Stage.EXPLORING, Stage.COLLABORATING, Stage.PARTNERING));
        model.addAttribute("visibilities", Visibility.values());
        choices(portfolio, workspace, model);
        return FORM;
    }

    static PartnershipFilter filter(
            @Nullable PartnershipKind kind,
            @Nullable Stage stage,
            @Nullable UUID owner,
            @Nullable String tag,
            @Nullable String q,
            @Nullable String sort) {
        return new PartnershipFilter(
                kind,
                stage,
                owner == null ? null : UserId.of(owner),
                PartnershipApiController.limited(tag, "tag"),
                PartnershipApiController.limited(q, "q"),
                PartnershipApiController.sort(sort));
    }

    static void choices(PartnershipPortfolio portfolio, WorkspaceContext workspace, Model model) {
        model.addAttribute("kinds", PartnershipKind.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute(
                "members",
                portfolio.memberNames(workspace).entrySet().stream()
                        .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                        .toList());
    }
}
