package dev.tandem.contacts.web;

import dev.tandem.contacts.ContactQuery;
import dev.tandem.contacts.ContactService;
import dev.tandem.contacts.Organization;
import dev.tandem.contacts.OrganizationInput;
import dev.tandem.contacts.OrganizationService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.web.Htmx;
import dev.tandem.timeline.Timeline;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation pages: the searchable list, one organisation with its people, the form. */
@Controller
class OrganizationController {

    static final String LIST = "contacts/organizations";
    static final String DETAIL = "contacts/organization";
    static final String FORM = "contacts/organization-form";

    private final OrganizationService organizations;
    private final ContactService contacts;
    private final Timeline timeline;
    private final VersionedPages<Organization, OrganizationInput> pages;

    OrganizationController(
            OrganizationService organizations, ContactService contacts, Timeline timeline, FormChecks checks) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.timeline = timeline;
        this.pages = new VersionedPages<>("organizations", "organization", organizations, checks);
    }

    @GetMapping("/w/{workspaceId}/organizations")
    String list(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String cursor,
            Htmx htmx,
            Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("tag", tag == null ? "" : tag);
        model.addAttribute("filtered", q != null && !q.isBlank() || tag != null && !tag.isBlank());
        model.addAttribute("organizations", organizations.list(workspace, q, tag, PageRequest.of(50, cursor)));
        return htmx.isRequest() ? LIST + " :: results" : LIST;
    }

    @GetMapping("/w/{workspaceId}/organizations/new")
    String newOrganization(Model model) {
        model.addAttribute("form", new OrganizationForm());
        return form(null, model);
    }

    @PostMapping("/w/{workspaceId}/organizations")
    String create(
            WorkspaceContext workspace,
            @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return pages.create(workspace, form, binding, flash, () -> form(null, model));
    }

    @GetMapping("/w/{workspaceId}/organizations/{organizationId}")
    String detail(WorkspaceContext workspace, @PathVariable UUID organizationId, Model model) {
        model.addAttribute("organization", organizations.get(workspace, organizationId));
        model.addAttribute(
                "people",
                contacts.list(
                        workspace,
                        new ContactQuery(null, null, organizationId, ContactQuery.Sort.NAME),
                        PageRequest.of(100, null)));
        model.addAttribute(
                "timeline",
                timeline.of(
                        workspace.workspaceId(),
                        TimelineSubject.organization(organizationId),
                        PageRequest.of(20, null)));
        return DETAIL;
    }

    /** Further pages of the timeline: the entries fragment for htmx, a page of its own otherwise. */
    @GetMapping("/w/{workspaceId}/organizations/{organizationId}/timeline")
    String timeline(
            WorkspaceContext workspace,
            @PathVariable UUID organizationId,
            @RequestParam(required = false) @Nullable String cursor,
            Htmx htmx,
            Model model) {
        String path = "/w/" + workspace.workspaceId() + "/organizations/" + organizationId;
        model.addAttribute(
                "subjectName", organizations.get(workspace, organizationId).name());
        model.addAttribute("subjectUrl", path);
        model.addAttribute(
                "timeline",
                timeline.of(
                        workspace.workspaceId(),
                        TimelineSubject.organization(organizationId),
                        PageRequest.of(20, cursor)));
        model.addAttribute("workspace", workspace);
        model.addAttribute("moreUrl", path + "/timeline");
        return htmx.isRequest() ? ContactActivityController.TIMELINE + " :: page" : ContactActivityController.TIMELINE;
    }

    @GetMapping("/w/{workspaceId}/organizations/{organizationId}/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID organizationId, Model model) {
        Organization organization = organizations.get(workspace, organizationId);
        model.addAttribute("form", OrganizationForm.of(organization));
        return form(organization, model);
    }

    @PostMapping("/w/{workspaceId}/organizations/{organizationId}")
    String update(
            WorkspaceContext workspace,
            @PathVariable UUID organizationId,
            @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        Organization organization = organizations.get(workspace, organizationId);
        return pages.update(workspace, organizationId, form, binding, model, flash, () -> form(organization, model));
    }

    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/organizations/{organizationId}/delete")
    String delete(WorkspaceContext workspace, @PathVariable UUID organizationId, RedirectAttributes flash) {
        return pages.delete(workspace, organizationId, flash);
    }

    private String form(@Nullable Organization organization, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("sizes", OrganizationInput.SIZES);
        return FORM;
    }
}
