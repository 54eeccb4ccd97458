package dev.tandem.endings.web;

import dev.tandem.contacts.ContactService;
import dev.tandem.endings.Playbook;
import dev.tandem.endings.PlaybookService;
import dev.tandem.identity.WorkspaceContext;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contact's "Ending" page, opened from the contact page: the partnerships they are part of, each with its playbook
 * runs and, while it is active, the coffee playbook to start (defer the coffees, or redirect them to a meetup).
 */
@Controller
class ContactEndingController {

    static final String PAGE = "endings/contact-ending";

    private final PlaybookService playbooks;
    private final ContactService contacts;

    ContactEndingController(PlaybookService playbooks, ContactService contacts) {
        this.playbooks = playbooks;
        this.contacts = contacts;
    }

    @GetMapping("/w/{workspaceId}/contacts/{id}/ending")
    String page(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        var contact = contacts.get(workspace, id);
        var partnerships = playbooks.coffeePartnerships(workspace, id);
        var runs = new LinkedHashMap<UUID, Object>();
        partnerships.forEach(p -> runs.put(
                p.partnership().id(), playbooks.of(workspace, p.partnership().id())));
        model.addAttribute("contact", contact);
        model.addAttribute("partnerships", partnerships);
        model.addAttribute("runs", runs);
        model.addAttribute("coffee", Playbook.COFFEE);
        return PAGE;
    }
}
