package dev.tandem.identity;

import dev.tandem.shared.Forbidden;
import dev.tandem.shared.WrongCredentials;
import org.springframework.stereotype.Service;

/**
 * Password log-in, the same for the form and the API: throttled, and audited either way. Not one transaction: the
 * throttle commits its count before the (slow) password check, so that parallel attempts see it.
 */
@Service
public class LoginService {

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Workspaces workspaces;

    LoginService(AccountService accounts, LoginThrottle throttle, AuditLog audit, Workspaces workspaces) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * The user with these credentials.
     *
     * @throws TooManyAttempts when throttled
     * @throws WrongCredentials when the credentials are wrong
     * @throws Forbidden when a workspace of the user lets its members in only through a sign-in provider
     */
    public User logIn(String email, String password, String address) {
        if (email.length() > User.EMAIL_LENGTH) {
            // No account has such an address, and the throttle's columns could not hold it.
            throw new WrongCredentials("login.failed");
        }
        throttle.admit(email, address);
        var user = accounts.verify(email, password);
        if (user.isEmpty()) {
            accounts.byEmail(email)
                    .ifPresent(known -> audit.recordForUser(
                            accounts.workspaces(known.id()),
                            known.id(),
                            known.email(),
                            AuditAction.LOGIN_FAILED,
                            null));
            throw new WrongCredentials("login.failed");
        }
        throttle.succeeded(email, address);
        if (workspaces.passwordLoginOff(user.get().id())) {
            throw new Forbidden("login.passwordOff");
        }
        signedIn(user.get());
        return user.get();
    }

    /** Records a log-in, whichever way it came (password or a sign-in provider). */
    void signedIn(User user) {
        audit.recordForUser(accounts.workspaces(user.id()), user.id(), user.email(), AuditAction.LOGGED_IN, null);
    }
}
