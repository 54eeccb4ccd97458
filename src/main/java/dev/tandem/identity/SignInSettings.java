package dev.tandem.identity;

import dev.tandem.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a workspace's members may log in with a password, or only through a sign-in provider. Turning passwords
 * off needs a provider on this server and an admin who has used one, so that nobody locks the workspace out.
 */
@Service
public class SignInSettings {

    /** What the settings page and the API show. */
    public record View(boolean passwordLogin, boolean providersConfigured, boolean youHaveAProvider) {}

    private final Workspaces workspaces;
    private final SignInProviders providers;
    private final OidcAccounts accounts;

    SignInSettings(Workspaces workspaces, SignInProviders providers, OidcAccounts accounts) {
        this.workspaces = workspaces;
        this.providers = providers;
        this.accounts = accounts;
    }

    public View of(WorkspaceContext context) {
        return new View(
                workspaces.passwordLogin(context.workspaceId()),
                providers.any(),
                accounts.hasProvider(context.userId()));
    }

    /** Allows or forbids password log-in; the role (admin) is checked, and the change audited, on the route. */
    @Transactional
    public View passwordLogin(WorkspaceContext context, boolean allowed) {
        if (!allowed && !providers.any()) {
            throw new InvalidInput("signIn.problem.noProvider").on("passwordLogin");
        }
        if (!allowed && !accounts.hasProvider(context.userId())) {
            throw new InvalidInput("signIn.problem.linkFirst").on("passwordLogin");
        }
        workspaces.passwordLogin(context.workspaceId(), allowed);
        return of(context);
    }
}
