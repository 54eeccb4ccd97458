package dev.tandem.identity;

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

    LoginService(AccountService accounts, LoginThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * The user with these credentials.
     *
     * @throws TooManyAttempts when throttled
     * @throws WrongCredentials when the credentials are wrong
     */
    public User logIn(String email, String password, String address) {
        if (email.length() > User.EMAIL_LENGTH) {
            // No account has such an address, and the throttle's columns could not hold it.
            throw new WrongCredentials("login.failed");
        }
        throttle.admit(email, address);
        var user = accounts.verify(email, password);
        if (user.isEmpty()) {
            accounts.byEmail(email).ifPresent(known -> audit.recordForUser(accounts.workspaces(known.id()),
                    known.id(), known.email(), AuditAction.LOGIN_FAILED, null));
            throw new WrongCredentials("login.failed");
        }
        throttle.succeeded(email, address);
        audit.recordForUser(accounts.workspaces(user.get().id()), user.get().id(), user.get().email(),
                AuditAction.LOGGED_IN, null);
        return user.get();
    }
}
