package dev.tandem.identity.web;

import dev.tandem.identity.EmailVerificationService;
import dev.tandem.identity.SignedIn;
import dev.tandem.identity.TandemUser;
import dev.tandem.identity.WorkspaceService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** The page an invitation link opens: join now, or sign up / log in first. */
@Controller
class InvitationController {

    static final String INVITATION = "identity/invitation";

    private final WorkspaceService workspaces;
    private final EmailVerificationService verification;

    InvitationController(WorkspaceService workspaces, EmailVerificationService verification) {
        this.workspaces = workspaces;
        this.verification = verification;
    }

    @GetMapping("/invitations/{token}")
    ModelAndView show(@PathVariable String token) {
        var invitation = workspaces.pendingInvitation(token);
        var page = new ModelAndView(INVITATION);
        page.addObject("invitation", invitation);
        page.addObject("token", token);
        TandemUser user = SignedIn.current();
        page.addObject("signedInAs", user == null ? null : user.email());
        page.addObject(
                "emailMatches",
                user != null && invitation != null && user.email().equalsIgnoreCase(invitation.email()));
        page.addObject("verified", user != null && verification.verified(user.id()));
        if (invitation == null) {
            page.setStatus(HttpStatus.NOT_FOUND);
        }
        return page;
    }

    /** Needs a signed-in user, so the log-in page brings them back here, to the invitation. */
    @GetMapping("/invitations/{token}/login")
    String logInFirst(@PathVariable String token) {
        return "redirect:/invitations/" + token;
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, Model model) {
        TandemUser user = SignedIn.current();
        if (user == null) {
            return "redirect:/login";
        }
        return "redirect:" + workspaces.accept(token, user.id()).landing();
    }
}
