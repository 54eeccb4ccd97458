package dev.tandem.identity.web;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.GuestService;
import dev.tandem.identity.Invitation;
import dev.tandem.identity.SignInProviders;
import dev.tandem.identity.SignedIn;
import dev.tandem.identity.TandemUser;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.Languages;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The pages before log-in: log-in, sign-up, and the language switch. */
@Controller
class AuthController {

    static final String LOGIN = "identity/login";
    static final String SIGNUP = "identity/signup";

    private final AccountService accounts;
    private final WorkspaceService workspaces;
    private final SignedIn signedIn;
    private final GuestService guests;
    private final LocaleResolver localeResolver;
    private final SignInProviders providers;

    AuthController(
            AccountService accounts,
            WorkspaceService workspaces,
            SignedIn signedIn,
            GuestService guests,
            LocaleResolver localeResolver,
            SignInProviders providers) {
        this.providers = providers;
        this.guests = guests;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.signedIn = signedIn;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/")
    String home() {
        TandemUser user = SignedIn.current();
        if (user == null) {
            return "redirect:/login";
        }
        return accounts.homeWorkspace(user.id())
                .map(ws -> "redirect:/w/" + ws)
                .or(() -> guests.home(user.id()).map(page -> "redirect:" + page))
                .orElse("redirect:/workspaces/new");
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String oidc,
            Model model) {
        if (SignedIn.current() != null) {
            return "redirect:/";
        }
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("oidcRefusal", SignInProviders.refusal(oidc));
        return loginPage(model);
    }

    private String loginPage(Model model) {
        model.addAttribute("signupOpen", accounts.signupOpen());
        model.addAttribute("providers", providers.all());
        return LOGIN;
    }

    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object wait = request.getAttribute(SignedIn.THROTTLED_RETRY_AFTER);
        long seconds = wait instanceof Duration duration ? duration.toSeconds() : 60;
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        model.addAttribute("throttledMinutes", (seconds + 59) / 60);
        model.addAttribute("email", request.getParameter("email") == null ? "" : request.getParameter("email"));
        return loginPage(model);
    }

    @GetMapping("/signup")
    String signupForm(@RequestParam(required = false) @Nullable String invitation, Model model) {
        SignupForm form = new SignupForm();
        Invitation invited = invitation == null ? null : workspaces.pendingInvitation(invitation);
        if (invited != null) {
            form.setInvitation(invitation);
            form.setEmail(invited.email());
        }
        model.addAttribute("form", form);
        return signupPage(invited, model);
    }

    @PostMapping("/signup")
    String signup(
            @Valid @ModelAttribute("form") SignupForm form,
            BindingResult binding,
            @RequestParam(name = "timeZone", required = false) @Nullable String timeZone,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Invitation invited = form.getInvitation() == null ? null : workspaces.pendingInvitation(form.getInvitation());
        if (invited == null && form.getWorkspaceName().isBlank()) {
            binding.rejectValue("workspaceName", "validation.required");
        }
        if (binding.hasErrors()) {
            return signupPage(invited, model);
        }
        try {
            var signedUp = accounts.signUp(new AccountService.SignUp(
                    form.getEmail(),
                    form.getPassword(),
                    form.getDisplayName(),
                    form.getWorkspaceName(),
                    LocaleContextHolder.getLocale(),
                    zone(timeZone),
                    invited == null ? null : form.getInvitation()));
            signedIn.signIn(signedUp.userId(), request, response);
            return "redirect:" + signedUp.landing();
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
            return signupPage(invited, model);
        }
    }

    @PostMapping("/language")
    String language(
            @RequestParam String lang,
            @RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referer,
            HttpServletRequest request,
            HttpServletResponse response) {
        var locale = Languages.match(lang);
        if (locale != null) {
            localeResolver.setLocale(request, response, locale);
            TandemUser user = SignedIn.current();
            if (user != null) {
                accounts.changeLanguage(user.id(), locale);
                signedIn.refresh(user.id(), request, response);
            }
        }
        return "redirect:" + Forms.backTo(referer, "/");
    }

    private String signupPage(@Nullable Invitation invited, Model model) {
        model.addAttribute("invitation", invited);
        model.addAttribute("signupOpen", accounts.signupOpen() || invited != null);
        return SIGNUP;
    }

    /** The browser's time zone, sent by the sign-up page's script; UTC when absent or unknown. */
    private static ZoneId zone(@Nullable String timeZone) {
        try {
            return timeZone == null || timeZone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
