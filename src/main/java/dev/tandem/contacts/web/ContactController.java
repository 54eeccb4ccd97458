package dev.tandem.contacts.web;

import dev.tandem.contacts.Contact;
import dev.tandem.contacts.ContactInput;
import dev.tandem.contacts.ContactNoteService;
import dev.tandem.contacts.ContactQuery;
import dev.tandem.contacts.ContactService;
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
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact pages: the searchable list, a contact, the form to add or change one. */
@Controller
class ContactController {

    static final String LIST = "contacts/list";
    static final String DETAIL = "contacts/detail";
    static final String FORM = "contacts/form";

    private final ContactService contacts;
    private final OrganizationService organizations;
    private final ContactNoteService notes;
    private final Timeline timeline;
    private final VersionedPages<Contact, ContactInput> pages;

    ContactController(
            ContactService contacts,
            OrganizationService organizations,
            ContactNoteService notes,
            Timeline timeline,
            FormChecks checks) {
        this.contacts = contacts;
        this.organizations = organizations;
        this.notes = notes;
        this.timeline = timeline;
        this.pages = new VersionedPages<>("contacts", "contact", contacts, checks);
    }

    /** The list; an htmx request (the live search) gets the results fragment only. */
    @GetMapping("/w/{workspaceId}/contacts")
    String list(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable UUID organization,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String cursor,
            Htmx htmx,
            Model model) {
        var query = new ContactQuery(q, tag, organization, ContactQuery.Sort.ofParam(sort));
        model.addAttribute("workspace", workspace);
        model.addAttribute("query", query);
        model.addAttribute("contacts", contacts.list(workspace, query, PageRequest.of(50, cursor)));
        model.addAttribute(
                "filtered", q != null && !q.isBlank() || tag != null && !tag.isBlank() || organization != null);
        model.addAttribute("sorts", ContactQuery.Sort.values());
        if (organization != null) {
            model.addAttribute("organization", organizations.get(workspace, organization));
        }
        return htmx.isRequest() ? LIST + " :: results" : LIST;
    }

    @GetMapping("/w/{workspaceId}/contacts/new")
    String newContact(
            WorkspaceContext workspace, @RequestParam(required = false) @Nullable String organization, Model model) {
        ContactForm form = new ContactForm();
        form.setOrganizationName(organization == null ? "" : organization);
        model.addAttribute("form", form);
        return form(workspace, null, model);
    }

    @PostMapping("/w/{workspaceId}/contacts")
    String create(
            WorkspaceContext workspace,
            @ModelAttribute("form") ContactForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return pages.create(workspace, form, binding, flash, () -> form(workspace, null, model));
    }

    @GetMapping("/w/{workspaceId}/contacts/{contactId}")
    String detail(WorkspaceContext workspace, @PathVariable UUID contactId, Model model) {
        Contact contact = contacts.get(workspace, contactId);
        model.addAttribute("contact", contact);
        model.addAttribute("notes", notes.list(workspace.workspaceId(), contactId, PageRequest.of(50, null)));
        model.addAttribute(
                "timeline",
                timeline.of(workspace.workspaceId(), TimelineSubject.contact(contactId), PageRequest.of(20, null)));
        return DETAIL;
    }

    @GetMapping("/w/{workspaceId}/contacts/{contactId}/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID contactId, Model model) {
        Contact contact = contacts.get(workspace, contactId);
        model.addAttribute("form", ContactForm.of(contact));
        return form(workspace, contact, model);
    }

    @PostMapping("/w/{workspaceId}/contacts/{contactId}")
    String update(
            WorkspaceContext workspace,
            @PathVariable UUID contactId,
            @ModelAttribute("form") ContactForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        Contact contact = contacts.get(workspace, contactId);
        return pages.update(workspace, contactId, form, binding, model, flash, () -> form(workspace, contact, model));
    }

    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/contacts/{contactId}/delete")
    String delete(WorkspaceContext workspace, @PathVariable UUID contactId, RedirectAttributes flash) {
        return pages.delete(workspace, contactId, flash);
    }

    @GetMapping("/w/{workspaceId}/contacts/{contactId}/photo")
    ResponseEntity<byte[]> photo(WorkspaceContext workspace, @PathVariable UUID contactId) {
        return ContactPhotos.answer(contacts.photo(workspace, contactId));
    }

    private String form(WorkspaceContext workspace, @Nullable Contact contact, Model model) {
        model.addAttribute("contact", contact);
        model.addAttribute("organizationNames", organizations.names(workspace));
        return FORM;
    }
}
