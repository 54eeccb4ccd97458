package dev.tandem.identity;

import static dev.tandem.TestUsers.from;
import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A server with sign-up closed, a tight per-address log-in limit and no metrics token. */
@TandemTest
@TestPropertySource(
        properties = {
            "tandem.signup.enabled=false",
            "tandem.management.metrics-token=",
            "tandem.security.login-throttle.max-failures-per-address=3"
        })
class RestrictedServerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void signUpIsClosedOnTheFormAndTheApi() throws Exception {
        mvc.perform(get("/signup")).andExpect(content().string(containsString("Sign-up is closed on this server")));
        mvc.perform(get("/login")).andExpect(content().string(Matchers.not(containsString("href=\"/signup\""))));
        mvc.perform(json(post("/api/v1/auth/signup"), """
                {"email":"%s","password":"a long and quiet river","displayName":"X","workspaceName":"W"}""".formatted(TestUsers.uniqueEmail("x"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutAMetricsTokenMetricsAreClosedToEveryone() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(TestUsers.bearer(""))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(TestUsers.bearer("test-metrics-token-0123456789")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void oneAddressGuessingManyAccountsIsThrottled() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(json(
                                    post("/api/v1/auth/login"),
                                    AuthApiTests.credentials("user" + i + "@example.test", "guess guess guess"))
                            .with(from("198.51.100.7")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(json(
                                post("/api/v1/auth/login"),
                                AuthApiTests.credentials("another@example.test", "guess guess guess"))
                        .with(from("198.51.100.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(json(
                                post("/api/v1/auth/login"),
                                AuthApiTests.credentials("another@example.test", "guess guess guess"))
                        .with(from("198.51.100.8")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aForgedForwardedForFromAnyClientDoesNotEscapeTheAddressLimit() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(guess("forged" + i + "@example.test", "198.51.100.20", "203.0.113." + i))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(guess("forged9@example.test", "198.51.100.20", "203.0.113.99"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void behindAConfiguredProxyEachClientHasItsOwnLimit() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(guess("proxied" + i + "@example.test", "10.9.9.9", "198.51.100.40"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(guess("proxied9@example.test", "10.9.9.9", "198.51.100.40"))
                .andExpect(status().isTooManyRequests());
        // What the client wrote left of what the proxy appended does not count; a chain of proxies does.
        mvc.perform(guess("proxied9@example.test", "10.9.9.9", "203.0.113.1, 198.51.100.40"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(guess("proxied9@example.test", "192.0.2.1", "198.51.100.40, 10.9.9.9"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(guess("proxied9@example.test", "10.9.9.9", "198.51.100.41")).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder guess(String email, String peer, String forwardedFor) {
        return json(post("/api/v1/auth/login"), AuthApiTests.credentials(email, "guess guess guess"))
                .with(from(peer))
                .header("X-Forwarded-For", forwardedFor);
    }
}
