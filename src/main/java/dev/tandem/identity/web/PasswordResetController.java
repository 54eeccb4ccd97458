package dev.tandem.identity.web;

import dev.tandem.identity.PasswordResetService;
import dev.tandem.identity.web.SimpleForms.EmailForm;
import dev.tandem.identity.web.SimpleForms.NewPasswordForm;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten passwords: ask for a link, then set a new password through it. */
@Controller
class PasswordResetController {

    static final String FORGOT = "identity/forgot-password";
    static final String RESET = "identity/reset-password";

    private final PasswordResetService resets;

    PasswordResetController(PasswordResetService resets) {
        this.resets = resets;
    }

    @GetMapping("/forgot-password")
    String forgotForm(Model model) {
        model.addAttribute("form", new EmailForm());
        model.addAttribute("mailConfigured", resets.mailConfigured());
        return FORGOT;
    }

    @PostMapping("/forgot-password")
    String forgot(@Valid @ModelAttribute("form") EmailForm form, BindingResult binding, Model model) {
        model.addAttribute("mailConfigured", resets.mailConfigured());
        if (!binding.hasErrors()) {
            resets.request(form.getEmail());
            model.addAttribute("sent", true);
        }
        return FORGOT;
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        var form = new NewPasswordForm();
        form.setToken(token);
        model.addAttribute("form", form);
        model.addAttribute("valid", resets.valid(token));
        return RESET;
    }

    @PostMapping("/reset-password")
    String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult binding, Model model) {
        model.addAttribute("valid", resets.valid(form.getToken()));
        if (binding.hasErrors()) {
            return RESET;
        }
        try {
            resets.reset(form.getToken(), form.getNewPassword(), form.isSignOutEverywhere());
            return "redirect:/login?reset";
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
            return RESET;
        }
    }
}
