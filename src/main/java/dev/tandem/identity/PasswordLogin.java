package dev.tandem.identity;

import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.TooManyAttempts;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The log-in form's authentication, through {@link LoginService} so that it is throttled and audited.
 * Not a bean: it is the only provider of the application's authentication manager.
 */
class PasswordLogin implements AuthenticationProvider {

    /** Too many failures: the form says how long to wait. */
    static final class Throttled extends AuthenticationException {

        private final transient Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("throttled");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The right password, but a workspace of the user lets its members in only through a sign-in provider. */
    static final class PasswordOff extends AuthenticationException {

        PasswordOff() {
            super("password log-in is off");
        }
    }

    private final LoginService logins;

    PasswordLogin(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        try {
            var user = new TandemUser(logins.logIn(email, password, address));
            user.eraseCredentials();
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        } catch (TooManyAttempts throttled) {
            throw new Throttled(throttled.retryAfter());
        } catch (Forbidden passwordOff) {
            throw new PasswordOff();
        } catch (Refusal refused) {
            throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
