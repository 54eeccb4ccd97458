package dev.tandem.identity;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server on a port of its own, with one client
 * (Tandem, authorization code with PKCE) and a few people whose ID tokens carry email, email_verified and name.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "tandem";
    public static final String CLIENT_SECRET = "tandem-test-secret";
    public static final String PASSWORD = "idp-password";

    /** The people the provider knows: username (their email) → name and whether the email is verified. */
    public record Person(String email, String name, boolean emailVerified) {}

    // Addresses of this run's own: the PostgreSQL test database outlives a run.
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    public static final Person ADA = new Person("ada." + RUN + "@idp.example", "Ada Lovelace", true);
    public static final Person EVE = new Person("eve." + RUN + "@idp.example", "Eve Unverified", false);
    public static final Person GRACE = new Person("grace." + RUN + "@idp.example", "Grace Hopper", true);
    public static final Person ADMIN = new Person("admin." + RUN + "@idp.example", "Workspace Admin", true);
    private static final Map<String, Person> PEOPLE =
            Map.of(ADA.email(), ADA, EVE.email(), EVE, GRACE.email(), GRACE, ADMIN.email(), ADMIN);

    private final ConfigurableApplicationContext context;
    private final int port;

    private TestIdentityProvider(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    /** Starts the provider, trusting Tandem's callback on {@code tandemPort}. */
    public static TestIdentityProvider start(int tandemPort) {
        int port = freePort();
        String client = "spring.security.oauth2.authorizationserver.client.tandem.";
        var context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        // Not the application's configuration files: this is another application.
                        "spring.config.name=test-identity-provider",
                        "server.port=" + port,
                        "server.address=127.0.0.1",
                        "spring.security.oauth2.authorizationserver.issuer=" + issuer(port),
                        client + "registration.client-id=" + CLIENT_ID,
                        client + "registration.client-secret={noop}" + CLIENT_SECRET,
                        client + "registration.client-authentication-methods=client_secret_basic",
                        client + "registration.authorization-grant-types=authorization_code",
                        client + "registration.redirect-uris=http://127.0.0.1:" + tandemPort
                                + "/login/oauth2/code/test",
                        client + "registration.scopes=openid,email,profile",
                        client + "require-authorization-consent=false",
                        client + "require-proof-key=true")
                .run();
        return new TestIdentityProvider(context, port);
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uses "localhost" where Tandem uses 127.0.0.1, so each keeps its own cookies in one browser. */
    static String issuer(int port) {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return issuer(port);
    }

    /** Tandem's side: the registration "test" (button "Test IdP") pointing at this provider. */
    public static void register(
            DynamicPropertyRegistry properties, int tandemPort, Supplier<TestIdentityProvider> provider) {
        String registration = "spring.security.oauth2.client.registration.test.";
        properties.add("server.port", () -> tandemPort);
        properties.add(registration + "client-id", () -> CLIENT_ID);
        properties.add(registration + "client-secret", () -> CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "Test IdP");
        properties.add(registration + "scope", () -> "openid,email,profile");
        properties.add(
                registration + "redirect-uri", () -> "http://127.0.0.1:" + tandemPort + "/login/oauth2/code/test");
        properties.add(
                "spring.security.oauth2.client.provider.test.issuer-uri",
                () -> provider.get().issuer());
    }

    @Override
    public void close() {
        context.close();
    }

    // Not a @Configuration: the application's component scan must not find it.
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class
    })
    static class Provider {

        @Bean
        UserDetailsService identityProviderPeople() {
            return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                    .map(email -> User.withUsername(email)
                            .password("{noop}" + PASSWORD)
                            .roles("USER")
                            .build())
                    .toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> identityProviderClaims() {
            return context -> {
                Person person = PEOPLE.get(context.getPrincipal().getName());
                if (person != null && "id_token".equals(context.getTokenType().getValue())) {
                    context.getClaims()
                            .claim("email", person.email())
                            .claim("email_verified", person.emailVerified())
                            .claim("name", person.name())
                            .claim("locale", "it-IT");
                }
            };
        }
    }
}
