package dev.tandem.identity;

import dev.tandem.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The web session's user: signs a new account in, and refreshes the session after a profile change. */
@Component
public class SignedIn {

    /** Request attribute with the wait, as a {@code Duration}, when a form log-in is throttled. */
    public static final String THROTTLED_RETRY_AFTER = "dev.tandem.identity.retryAfter";

    private final Users users;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedIn(Users users) {
        this.users = users;
    }

    /** The current user, or null when nobody is signed in. */
    public static @Nullable TandemUser current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof TandemUser user ? user : null;
    }

    /** Signs {@code id} in for this browser session, with a fresh session id. */
    public void signIn(UserId id, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        store(id, request, response);
    }

    /** Reloads the signed-in user's name, language and time zone after they changed them. */
    public void refresh(UserId id, HttpServletRequest request, HttpServletResponse response) {
        store(id, request, response);
    }

    private void store(UserId id, HttpServletRequest request, HttpServletResponse response) {
        var principal = new TandemUser(users.byId(id).orElseThrow());
        principal.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
