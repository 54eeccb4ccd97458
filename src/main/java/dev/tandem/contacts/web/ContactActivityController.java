package dev.tandem.contacts.web;

import dev.tandem.contacts.ContactMergeService;
import dev.tandem.contacts.ContactNote;
import dev.tandem.contacts.ContactNoteService;
import dev.tandem.contacts.ContactService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Htmx;
import dev.tandem.timeline.Timeline;
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

/** What happens around a contact: notes, the timeline's further pages, duplicates and merging. */
@Controller
class ContactActivityController {

    static final String DUPLICATES = "contacts/duplicates";
    static final String TIMELINE = "contacts/timeline";
    /** The event an added note raises in the browser (htmx), so that the timeline reloads too. */
    static final String NOTE_ADDED = "noteAdded";

    private final ContactService contacts;
    private final ContactNoteService notes;
    private final ContactMergeService merging;
    private final Timeline timeline;

    ContactActivityController(
            ContactService contacts, ContactNoteService notes, ContactMergeService merging, Timeline timeline) {
        this.contacts = contacts;
        this.notes = notes;
        this.merging = merging;
        this.timeline = timeline;
    }

    /** Adds a note; htmx gets the notes section back (with the reason when refused), others a redirect. */
    @PostMapping("/w/{workspaceId}/contacts/{contactId}/notes")
    String addNote(
            WorkspaceContext workspace,
            @PathVariable UUID contactId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "INTERNAL") ContactNote.Visibility visibility,
            Htmx htmx,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        String path = "/w/" + workspace.workspaceId() + "/contacts/" + contactId;
        try {
            notes.add(workspace, contactId, body, visibility);
            response.setHeader("HX-Trigger", NOTE_ADDED);
        } catch (Refusal problem) {
            if (problem.field() == null) {
                throw problem;
            }
            if (!htmx.isRequest()) {
                Flash.problem(flash, problem);
                return "redirect:" + path;
            }
            model.addAttribute("noteError", problem.messageKey());
            model.addAttribute("noteBody", body);
        }
        if (!htmx.isRequest()) {
            Flash.notice(flash, "contact.note.added");
            return "redirect:" + path + "#notes";
        }
        model.addAttribute("contact", contacts.get(workspace, contactId));
        model.addAttribute("notes", notes.list(workspace.workspaceId(), contactId, PageRequest.of(50, null)));
        model.addAttribute("workspace", workspace);
        return ContactController.DETAIL + " :: notes";
    }

    /** Further pages of the timeline: the entries fragment for htmx, the contact's page otherwise. */
    @GetMapping("/w/{workspaceId}/contacts/{contactId}/timeline")
    String timeline(
            WorkspaceContext workspace,
            @PathVariable UUID contactId,
            @RequestParam(required = false) @Nullable String cursor,
            Htmx htmx,
            Model model) {
        var contact = contacts.get(workspace, contactId);
        model.addAttribute("subjectName", contact.displayName());
        model.addAttribute("subjectUrl", "/w/" + workspace.workspaceId() + "/contacts/" + contactId);
        model.addAttribute(
                "timeline",
                timeline.of(workspace.workspaceId(), TimelineSubject.contact(contactId), PageRequest.of(20, cursor)));
        model.addAttribute("workspace", workspace);
        model.addAttribute("moreUrl", "/w/" + workspace.workspaceId() + "/contacts/" + contactId + "/timeline");
        return htmx.isRequest() ? TIMELINE + " :: page" : TIMELINE;
    }

    @GetMapping("/w/{workspaceId}/contacts/duplicates")
    String duplicates(WorkspaceContext workspace, Model model) {
        model.addAttribute("pairs", merging.duplicates(workspace.workspaceId()));
        return DUPLICATES;
    }

    @PostMapping("/w/{workspaceId}/contacts/merge")
    String merge(
            WorkspaceContext workspace, @RequestParam UUID keep, @RequestParam UUID merge, RedirectAttributes flash) {
        merging.merge(workspace, keep, merge);
        Flash.notice(flash, "contact.merged");
        return "redirect:/w/" + workspace.workspaceId() + "/contacts/" + keep;
    }
}
