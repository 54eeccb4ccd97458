package dev.tandem.guests.web;

import dev.tandem.guests.GuestDirectory;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guests of a partnership: a section of its hub (loaded by htmx, answered in place) and the same as a page of
 * its own without JavaScript. Invite by address, see each invitation's status, revoke.
 */
@Controller
class GuestController {

    static final String PAGE = "guests/guests";

    /** The invite form. */
    public static class GuestForm {

        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 320, message = "{validation.size.max}")
        private String email = "";

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    private final GuestDirectory guests;
    private final PartnershipService partnerships;

    GuestController(GuestDirectory guests, PartnershipService partnerships) {
        this.guests = guests;
        this.partnerships = partnerships;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/guests")
    String list(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        if (!model.containsAttribute("guestForm")) {
            model.addAttribute("guestForm", new GuestForm());
        }
        return page(workspace, id, htmx, model);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/guests")
    String invite(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @Valid @ModelAttribute("guestForm") GuestForm form,
            BindingResult binding,
            Htmx htmx,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return page(workspace, id, htmx, model);
        }
        try {
            var result = guests.invite(workspace, id, form.getEmail());
            if (htmx.isRequest()) {
                model.addAttribute("invited", result);
                model.addAttribute("guestForm", new GuestForm());
                return page(workspace, id, htmx, model);
            }
            flash.addFlashAttribute("invited", result);
            return "redirect:" + path(workspace, id);
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
            return page(workspace, id, htmx, model);
        }
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/guests/{invitationId}/revoke")
    String revoke(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID invitationId,
            Htmx htmx,
            Model model,
            RedirectAttributes flash) {
        guests.revoke(workspace, id, invitationId);
        if (htmx.isRequest()) {
            model.addAttribute("notice", "guests.revoked");
            model.addAttribute("guestForm", new GuestForm());
            return page(workspace, id, htmx, model);
        }
        Flash.notice(flash, "guests.revoked");
        return "redirect:" + path(workspace, id);
    }

    private String page(WorkspaceContext workspace, UUID id, Htmx htmx, Model model) {
        var invitations = guests.invitations(workspace, id);
        model.addAttribute("workspace", workspace);
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("invitations", invitations);
        model.addAttribute("suggestions", guests.suggestions(workspace, id, invitations));
        return htmx.either(PAGE, "panel", PAGE);
    }

    private static String path(WorkspaceContext workspace, UUID id) {
        return "/w/" + workspace.workspaceId() + "/partnerships/" + id + "/guests";
    }
}
