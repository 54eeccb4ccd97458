package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.identity.TestIdentityProvider.Person;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in through a real OpenID Connect provider (Spring Authorization Server, started here), over real HTTP: the
 * browser's redirects, the provider's log-in form, the code coming back with PKCE, and what Tandem makes of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class OidcSignInTests {

    static final int PORT = TestIdentityProvider.freePort();
    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(PORT);
    static final String TANDEM = "http://127.0.0.1:" + PORT;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        TestIdentityProvider.register(properties, PORT, () -> PROVIDER);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A browser of its own: cookies kept per host, redirects followed by hand so that each step can be seen. */
    static final class Browser {

        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Follows redirects from {@code response} until a page answers; returns it (its URL in {@code uri()}). */
        HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            while (response.statusCode() / 100 == 3) {
                URI next = response.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                response = get(next.toString());
            }
            return response;
        }

        /** Clicks the provider's button on Tandem's log-in page and signs in at the provider as {@code person}. */
        HttpResponse<String> signInThroughProvider(Person person) throws IOException, InterruptedException {
            var login = get(TANDEM + "/login");
            assertThat(login.body()).contains("/oauth2/authorization/test").contains("Test IdP");
            var providerForm = follow(get(TANDEM + "/oauth2/authorization/test"));
            assertThat(providerForm.uri().toString()).startsWith(PROVIDER.issuer() + "/login");
            var csrf = CSRF.matcher(providerForm.body());
            assertThat(csrf.find()).as("the provider's log-in form").isTrue();
            var signedIn = post(
                    PROVIDER.issuer() + "/login",
                    "username=" + encode(person.email()) + "&password=" + TestIdentityProvider.PASSWORD + "&_csrf="
                            + encode(csrf.group(1)));
            return follow(signedIn);
        }
    }

    @Test
    void aNewPersonGetsAnAccountAndAWorkspaceAndComesBackToTheSameAccount() throws Exception {
        var browser = new Browser();
        var home = browser.signInThroughProvider(TestIdentityProvider.GRACE);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).startsWith("/w/");
        assertThat(home.body()).contains("Grace Hopper");
        UUID user = userOf(TestIdentityProvider.GRACE.email());
        assertThat(jdbc.sql("select count(*) from user_identities where user_id = :u")
                        .param("u", user)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select email_verified_at is not null from users where id = :u")
                        .param("u", user)
                        .query(Boolean.class)
                        .single())
                .as("the provider vouched for the address")
                .isTrue();

        var again = new Browser().signInThroughProvider(TestIdentityProvider.GRACE);
        assertThat(again.body()).contains("Grace Hopper");
        assertThat(jdbc.sql("select count(*) from users where email_key = :e")
                        .param("e", TestIdentityProvider.GRACE.email())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anExistingAccountIsLinkedByAVerifiedEmailAndKeepsItsWorkspace() throws Exception {
        var existing = TestUsers.signUpWithEmail(mvc, TestIdentityProvider.ADA.email(), "Ada");

        var home = new Browser().signInThroughProvider(TestIdentityProvider.ADA);

        assertThat(home.uri().getPath()).isEqualTo("/w/" + existing.workspaceId());
        assertThat(jdbc.sql("select user_id from user_identities where user_id = :u")
                        .param("u", existing.userId())
                        .query(UUID.class)
                        .list())
                .containsExactly(existing.userId());
    }

    @Test
    void anUnverifiedEmailDoesNotOpenSomeoneElsesAccount() throws Exception {
        var existing = TestUsers.signUpWithEmail(mvc, TestIdentityProvider.EVE.email(), "The real Eve");

        var page = new Browser().signInThroughProvider(TestIdentityProvider.EVE);

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.uri().getQuery()).isEqualTo("oidc=oidc.unverifiedEmail");
        assertThat(page.body()).contains("does not confirm the address");
        assertThat(jdbc.sql("select count(*) from user_identities where user_id = :u")
                        .param("u", existing.userId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aWorkspaceCanLetItsMembersInOnlyThroughTheProvider() throws Exception {
        var admin = TestUsers.signUpWithEmail(mvc, TestIdentityProvider.ADMIN.email(), "Admin");
        var member = TestUsers.signUp(mvc, "Member");
        TestUsers.addMember(mvc, admin, member, "MEMBER");
        String settings = admin.workspacePath("/settings/sign-in");

        // Not before the admin has signed in through the provider: they would lock themselves out.
        mvc.perform(TestUsers.json(put(settings), "{\"passwordLogin\":false}").with(admin.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Sign in once")));
        new Browser().signInThroughProvider(TestIdentityProvider.ADMIN);
        mvc.perform(TestUsers.json(put(settings), "{\"passwordLogin\":false}").with(admin.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordLogin").value(false));

        mvc.perform(TestUsers.json(
                        post("/api/v1/auth/login"),
                        "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(member.email(), member.password())))
                .andExpect(status().isForbidden());
        var browser = new Browser();
        var form = browser.get(TANDEM + "/login");
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        var refused = browser.follow(browser.post(
                TANDEM + "/login",
                "email=" + encode(member.email()) + "&password=" + encode(member.password()) + "&_csrf="
                        + encode(csrf.group(1))));
        assertThat(refused.uri().getQuery()).isEqualTo("passwordOff");
        assertThat(refused.body()).contains("identity provider");
        // Personal API tokens keep working.
        mvc.perform(get("/api/v1/me").with(member.bearer())).andExpect(status().isOk());

        mvc.perform(TestUsers.json(put(settings), "{\"passwordLogin\":true}").with(admin.bearer()))
                .andExpect(status().isOk());
        mvc.perform(TestUsers.json(
                        post("/api/v1/auth/login"),
                        "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(member.email(), member.password())))
                .andExpect(status().isOk());
    }

    private UUID userOf(String email) {
        return jdbc.sql("select id from users where email_key = :e")
                .param("e", email.toLowerCase())
                .query(UUID.class)
                .single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
