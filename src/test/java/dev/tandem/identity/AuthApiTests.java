package dev.tandem.identity;

import static dev.tandem.TestUsers.bearer;
import static dev.tandem.TestUsers.from;
import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class AuthApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signUpCreatesAnAccountAWorkspaceAndAWorkingToken() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");

        mvc.perform(get("/api/v1/me").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(ada.email()))
                .andExpect(jsonPath("$.displayName").value("Ada"))
                .andExpect(
                        jsonPath("$.workspaces[0].id").value(ada.workspaceId().toString()))
                .andExpect(jsonPath("$.workspaces[0].name").value("Ada's partnerships"))
                .andExpect(jsonPath("$.workspaces[0].role").value("OWNER"));
    }

    @Test
    void anEmailCanBeUsedOnceWhateverItsCase() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");

        mvc.perform(json(post("/api/v1/auth/signup"), """
                {"email":"%s","password":"another long passphrase","displayName":"Ada 2","workspaceName":"W"}""".formatted(ada.email().toUpperCase())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() throws Exception {
        String template = """
                {"email":"%s","password":"%s","displayName":"Bo","workspaceName":"W"}""";
        mvc.perform(json(post("/api/v1/auth/signup"), template.formatted(TestUsers.uniqueEmail("bo"), "short pass")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.detail").value("Use at least 12 characters."));
        mvc.perform(json(post("/api/v1/auth/signup"), template.formatted(TestUsers.uniqueEmail("bo"), "Password1234")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("This password is too common")));
        mvc.perform(json(post("/api/v1/auth/signup"), template.formatted(TestUsers.uniqueEmail("bo"), "x".repeat(73))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void missingAndMalformedFieldsAreNamed() throws Exception {
        mvc.perform(json(post("/api/v1/auth/signup"), """
                {"email":"not-an-email","password":"","displayName":""}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath(
                        "$.errors[*].field", containsInAnyOrder("email", "password", "displayName", "workspaceName")));
        mvc.perform(json(post("/api/v1/auth/signup"), "{\"email\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("The request body is not valid JSON, or a value has the wrong type."));
    }

    @Test
    void logInAnswersATokenAndWrongCredentialsAre401() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");

        String response = mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), ada.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/api/v1/me").with(bearer(JsonPath.read(response, "$.token"))))
                .andExpect(status().isOk());

        mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), "not the password at all")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Wrong email or password."));
        mvc.perform(json(post("/api/v1/auth/login"), credentials("nobody@example.test", "whatever it is here")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void repeatedFailuresFromOneAddressAreThrottledUntilTheWaitPasses() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        for (int i = 0; i < 5; i++) {
            mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), "wrong password " + i))
                            .with(from("10.0.0.1")))
                    .andExpect(status().isUnauthorized());
        }

        // Even the right password waits from there: the account is being guessed at from that address.
        mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), ada.password()))
                        .with(from("10.0.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        clock.advance(Duration.ofSeconds(61));
        mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), ada.password()))
                        .with(from("10.0.0.1")))
                .andExpect(status().isOk());
    }

    @Test
    void retryAfterTellsHowLongToWait() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        for (int i = 0; i < 5; i++) {
            mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), "wrong password " + i)));
        }
        String retryAfter = mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), "wrong again")))
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse()
                .getHeader("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 15 * 60L);
    }

    @Test
    void logInsAndFailuresAreAudited() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), "definitely wrong!")));
        mvc.perform(json(post("/api/v1/auth/login"), credentials(ada.email(), ada.password())));

        mvc.perform(get(ada.workspacePath("/audit-events")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].action", hasItem("SIGNED_UP")))
                .andExpect(jsonPath("$.items[*].action", hasItem("LOGIN_FAILED")))
                .andExpect(jsonPath("$.items[0].action").value("LOGGED_IN"))
                .andExpect(jsonPath("$.items[0].actor").value(ada.email()));
    }

    static String credentials(String email, String password) {
        return """
                {"email":"%s","password":"%s"}""".formatted(email, password);
    }
}
