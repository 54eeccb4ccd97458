package dev.tandem.identity.web;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.ApiTokenService;
import dev.tandem.identity.InstanceAdministrators;
import dev.tandem.identity.SignedIn;
import dev.tandem.identity.TandemUser;
import dev.tandem.identity.User;
import dev.tandem.identity.web.SimpleForms.PasswordChangeForm;
import dev.tandem.identity.web.SimpleForms.ProfileForm;
import dev.tandem.identity.web.SimpleForms.TokenForm;
import dev.tandem.shared.Languages;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: profile, language and time zone, password, API tokens. */
@Controller
class AccountController {

    static final String ACCOUNT = "identity/account";

    private final AccountService accounts;
    private final InstanceAdministrators administrators;
    private final ApiTokenService tokens;
    private final SignedIn signedIn;
    private final Clock clock;

    AccountController(
            AccountService accounts,
            InstanceAdministrators administrators,
            ApiTokenService tokens,
            SignedIn signedIn,
            Clock clock) {
        this.accounts = accounts;
        this.administrators = administrators;
        this.tokens = tokens;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(Model model) {
        return page(model);
    }

    @PostMapping("/account/profile")
    String profile(
            @Valid @ModelAttribute("profile") ProfileForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        var locale = Languages.match(form.getLocale());
        if (locale == null) {
            binding.rejectValue("locale", "validation.language");
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(form.getTimeZone());
        } catch (DateTimeException e) {
            binding.rejectValue("timeZone", "validation.timeZone");
        }
        if (binding.hasErrors() || locale == null || zone == null) {
            return page(model);
        }
        accounts.updateProfile(me().id(), form.getDisplayName(), locale, zone);
        signedIn.refresh(me().id(), request, response);
        Flash.notice(flash, "account.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String password(
            @Valid @ModelAttribute("password") PasswordChangeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                accounts.changePassword(
                        me().id(), form.getCurrentPassword(), form.getNewPassword(), form.isSignOutEverywhere());
                Flash.notice(flash, "account.passwordChanged");
                return "redirect:/account";
            } catch (Refusal problem) {
                Forms.reject(binding, problem);
            }
        }
        return page(model);
    }

    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(RedirectAttributes flash) {
        accounts.signOutEverywhere(me().id());
        Flash.notice(flash, "account.signedOutEverywhere");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @Valid @ModelAttribute("token") TokenForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return page(model);
        }
        var expires =
                form.getExpiresInDays() == null ? null : clock.instant().plus(Duration.ofDays(form.getExpiresInDays()));
        var created = tokens.create(me().id(), form.getName(), expires);
        flash.addFlashAttribute("createdToken", created);
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID tokenId, RedirectAttributes flash) {
        tokens.revoke(me().id(), tokenId);
        Flash.notice(flash, "token.revoked");
        return "redirect:/account#tokens";
    }

    private String page(Model model) {
        if (!model.containsAttribute("profile")) {
            User user = accounts.user(me().id());
            var profile = new ProfileForm();
            profile.setDisplayName(user.displayName());
            profile.setLocale(user.locale().getLanguage());
            profile.setTimeZone(user.timeZone().getId());
            model.addAttribute("profile", profile);
        }
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", new PasswordChangeForm());
        }
        if (!model.containsAttribute("token")) {
            model.addAttribute("token", new TokenForm());
        }
        model.addAttribute("tokens", tokens.list(me().id(), PageRequest.of(PageRequest.MAX_LIMIT, null)));
        model.addAttribute("administers", administrators.administers(me().id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute(
                "zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return ACCOUNT;
    }

    private static TandemUser me() {
        return Objects.requireNonNull(SignedIn.current());
    }
}
