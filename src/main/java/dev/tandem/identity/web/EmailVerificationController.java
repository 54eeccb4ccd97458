package dev.tandem.identity.web;

import dev.tandem.identity.EmailVerificationService;
import dev.tandem.identity.SignedIn;
import dev.tandem.identity.TandemUser;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link mailed at sign-up. Opening it only shows a button: a GET never writes, and mail scanners open
 * links on their own.
 */
@Controller
class EmailVerificationController {

    static final String VERIFY = "identity/verify-email";

    private final EmailVerificationService verification;

    EmailVerificationController(EmailVerificationService verification) {
        this.verification = verification;
    }

    @GetMapping("/verify-email")
    String show(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", verification.valid(token));
        return VERIFY;
    }

    @PostMapping("/verify-email")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        try {
            verification.confirm(token);
            model.addAttribute("confirmed", true);
        } catch (Refusal refused) {
            model.addAttribute("valid", false);
        }
        model.addAttribute("token", token);
        return VERIFY;
    }

    /** Sends a new link and goes back to where the user asked for it (an invitation, usually). */
    @PostMapping("/verify-email/resend")
    String resend(
            @RequestHeader(name = "Referer", required = false) @Nullable String referer, RedirectAttributes flash) {
        TandemUser user = SignedIn.current();
        if (user == null) {
            return "redirect:/login";
        }
        verification.send(user.id());
        Flash.notice(flash, "verification.sent");
        return "redirect:" + Forms.backTo(referer, "/");
    }
}
