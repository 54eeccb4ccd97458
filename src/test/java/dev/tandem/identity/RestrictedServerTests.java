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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A server with sign-up closed and a tight per-address log-in limit. */
@TandemTest
@TestPropertySource(properties = {"tandem.signup.enabled=false",
    "tandem.security.login-throttle.max-failures-per-address=3"})
class RestrictedServerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void signUpIsClosedOnTheFormAndTheApi() throws Exception {
        mvc.perform(get("/signup")).andExpect(content().string(containsString("Sign-up is closed on this server")));
        mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/signup\""))));
        mvc.perform(json(post("/api/v1/auth/signup"), """
                {"email":"%s","password":"a long and quiet river","displayName":"X","workspaceName":"W"}"""
                .formatted(TestUsers.uniqueEmail("x"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void oneAddressGuessingManyAccountsIsThrottled() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(json(post("/api/v1/auth/login"), AuthApiTests.credentials("user" + i + "@example.test", "guess guess guess"))
                    .with(from("198.51.100.7")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(json(post("/api/v1/auth/login"), AuthApiTests.credentials("another@example.test", "guess guess guess"))
                        .with(from("198.51.100.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(json(post("/api/v1/auth/login"), AuthApiTests.credentials("another@example.test", "guess guess guess"))
                        .with(from("198.51.100.8")))
                .andExpect(status().isUnauthorized());
    }
}
