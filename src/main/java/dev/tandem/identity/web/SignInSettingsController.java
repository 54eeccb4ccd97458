package dev.tandem.identity.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.SignInProviders;
import dev.tandem.identity.SignInSettings;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Whether a workspace's members may log in with a password or only through a sign-in provider: page and API. */
@Controller
@Tag(name = "Workspaces")
class SignInSettingsController {

    static final String PAGE = "identity/sign-in-settings";

    record SignInChange(
            @NotNull(message = "{validation.required}") Boolean passwordLogin) {}

    private final SignInSettings settings;
    private final SignInProviders providers;

    SignInSettingsController(SignInSettings settings, SignInProviders providers) {
        this.settings = settings;
        this.providers = providers;
    }

    @GetMapping("/w/{workspaceId}/settings/sign-in")
    String page(WorkspaceContext workspace, Model model) {
        model.addAttribute("settings", settings.of(workspace));
        model.addAttribute(
                "providerNames",
                String.join(
                        ", ",
                        providers.all().stream()
                                .map(SignInProviders.Provider::name)
                                .toList()));
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/settings/sign-in")
    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.SETTINGS_CHANGED)
    String save(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "false") boolean passwordLogin,
            Model model,
            RedirectAttributes flash) {
        try {
            settings.passwordLogin(workspace, passwordLogin);
        } catch (Refusal refused) {
            model.addAttribute("problem", refused.messageKey());
            return page(workspace, model);
        }
        Flash.notice(flash, "settings.signIn.saved");
        return "redirect:/w/" + workspace.workspaceId() + "/settings/sign-in";
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/settings/sign-in")
    @ResponseBody
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Whether members may log in with a password, or only through a sign-in provider")
    SignInSettings.View read(WorkspaceContext workspace) {
        return settings.of(workspace);
    }

    @PutMapping("/api/v1/workspaces/{workspaceId}/settings/sign-in")
    @ResponseBody
    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.SETTINGS_CHANGED)
    @Operation(
            summary = "Allow or forbid password log-in for the workspace's members",
            description = "Forbidding needs a sign-in provider on the server and a caller who has signed in through "
                    + "one (400 otherwise), so that nobody is locked out. Personal API tokens keep working.")
    SignInSettings.View change(WorkspaceContext workspace, @Valid @RequestBody SignInChange change) {
        return settings.passwordLogin(workspace, change.passwordLogin());
    }
}
