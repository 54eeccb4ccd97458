package dev.tandem.identity;

import dev.tandem.shared.Refusal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in through OpenID Connect providers (authorization code with PKCE). The provider's user becomes the
 * {@link TandemUser} of a password log-in once it is signed in, so sessions, roles and "sign out everywhere" work
 * the same whichever way someone came in.
 */
final class OidcLogin {

    /** The refusals the log-in page can explain; anything else reads as "that did not work". */
    static final Set<String> REFUSALS = Set.of("oidc.noAccount", "oidc.unverifiedEmail", "oidc.noEmail", "oidc.raced");

    static final String FAILED = "oidc.failed";

    private final ClientRegistrationRepository registrations;
    private final OAuth2UserService<OidcUserRequest, OidcUser> users;

    OidcLogin(ClientRegistrationRepository registrations, OidcAccounts accounts, LoginService audit) {
        this.registrations = registrations;
        this.users = new LinkingUserService(accounts, audit);
    }

    /** The provider that turns the code the browser brings back into a signed-in user. */
    AuthenticationProvider provider() {
        return new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), users);
    }

    void configure(OAuth2LoginConfigurer<?> login) {
        var requests = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        login.loginPage("/login")
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .successHandler(new SignedInAsTandemUser())
                .failureHandler(OidcLogin::refused);
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String code = e instanceof OAuth2AuthenticationException failure
                        && REFUSALS.contains(failure.getError().getErrorCode())
                ? failure.getError().getErrorCode()
                : FAILED;
        response.sendRedirect(UriComponentsBuilder.fromPath("/login")
                .queryParam("oidc", code)
                .build()
                .toUriString());
    }

    /** Finds or makes the Tandem account of the provider's user; a refusal ends the sign-in with its reason. */
    private static final class LinkingUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

        private final OidcUserService delegate = new OidcUserService();
        private final OidcAccounts accounts;
        private final LoginService audit;

        LinkingUserService(OidcAccounts accounts, LoginService audit) {
            this.accounts = accounts;
            this.audit = audit;
        }

        @Override
        public OidcUser loadUser(OidcUserRequest request) {
            OidcUser oidc = delegate.loadUser(request);
            var identity = new OidcIdentity(
                    String.valueOf(oidc.getIssuer()),
                    oidc.getSubject(),
                    oidc.getEmail(),
                    Boolean.TRUE.equals(oidc.getEmailVerified()),
                    name(oidc),
                    locale(oidc.getLocale()));
            try {
                User user = accounts.signIn(identity);
                audit.signedIn(user);
                return new Linked(oidc, new TandemUser(user));
            } catch (Refusal refused) {
                throw new OAuth2AuthenticationException(new OAuth2Error(refused.messageKey()), refused);
            }
        }

        private static @Nullable String name(OidcUser oidc) {
            return oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
        }

        private static @Nullable Locale locale(@Nullable String tag) {
            return tag == null || tag.isBlank() ? null : Locale.forLanguageTag(tag.replace('_', '-'));
        }
    }

    /** The provider's user with the account it signed in to. */
    private static final class Linked extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final TandemUser user;

        Linked(OidcUser oidc, TandemUser user) {
            super(List.copyOf(oidc.getAuthorities()), oidc.getIdToken(), oidc.getUserInfo());
            this.user = user;
        }
    }

    /** Replaces the provider's authentication by the account's, in the session, then goes where the user meant to. */
    private static final class SignedInAsTandemUser extends SavedRequestAwareAuthenticationSuccessHandler {

        private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

        SignedInAsTandemUser() {
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof Linked linked) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        linked.user, null, linked.user.getAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
