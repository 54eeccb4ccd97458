package dev.tandem.identity;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestMailbox;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Joining needs the mailbox: an invitation link, accepted by an account whose address is confirmed. */
@TandemTest
class InvitationAcceptanceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;

    @BeforeEach
    void owner() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anExistingAccountIsNotJoinedUntilItFollowsTheLink() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        invite(bob.email(), "MEMBER");
        mvc.perform(get(ada.workspacePath("")).with(bob.bearer())).andExpect(status().isNotFound());

        var browser = WebSessions.logIn(mvc, bob);
        String token = TestMailbox.token(bob.email(), "/invitations/");
        mvc.perform(get("/invitations/" + token).with(browser))
                .andExpect(content().string(containsString("Join the workspace")));
        mvc.perform(post("/invitations/" + token).with(csrf()).with(browser))
                .andExpect(redirectedUrl("/w/" + ada.workspaceId()));
        mvc.perform(get(ada.workspacePath("")).with(bob.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("MEMBER"));
    }

    @Test
    void anUnconfirmedAddressCannotAcceptUntilItsLinkIsOpened() throws Exception {
        var bob = TestUsers.signUpUnverified(mvc, "Bob");
        String confirmation = TestMailbox.token(bob.email(), "/verify-email?token=");
        invite(bob.email(), "VIEWER");

        var browser = WebSessions.logIn(mvc, bob);
        String token = TestMailbox.token(bob.email(), "/invitations/");
        mvc.perform(get("/invitations/" + token).with(browser))
                .andExpect(content().string(containsString("Confirm your address " + bob.email() + " first")))
                .andExpect(content().string(not(containsString("Join the workspace"))));
        mvc.perform(json(post("/api/v1/invitations/accept"), "{\"token\":\"" + token + "\"}")
                        .with(bob.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/invitations/" + token).with(csrf()).with(browser)).andExpect(status().isForbidden());

        // Opening the link only shows a button (a GET never writes, and mail scanners open links).
        mvc.perform(get("/verify-email").param("token", confirmation))
                .andExpect(content().string(containsString("Confirm my address")));
        mvc.perform(json(post("/api/v1/invitations/accept"), "{\"token\":\"" + token + "\"}")
                        .with(bob.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/verify-email").with(csrf()).param("token", confirmation))
                .andExpect(content().string(containsString("your address is confirmed")));

        mvc.perform(json(post("/api/v1/invitations/accept"), "{\"token\":\"" + token + "\"}")
                        .with(bob.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workspaceId").value(ada.workspaceId().toString()));
    }

    @Test
    void aConfirmationLinkCanBeSentAgainAndExpires() throws Exception {
        var bob = TestUsers.signUpUnverified(mvc, "Bob");
        String first = TestMailbox.token(bob.email(), "/verify-email?token=");
        mvc.perform(post("/api/v1/me/email-verification").with(bob.bearer()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.delivery").value("NOT_CONFIGURED"));
        String second = TestMailbox.token(bob.email(), "/verify-email?token=");
        assertThat(second).isNotEqualTo(first);

        clock.advance(Duration.ofDays(8));
        mvc.perform(json(post("/api/v1/auth/verify-email"), "{\"token\":\"" + second + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("This link has expired or was already used."));
        mvc.perform(get("/verify-email").param("token", second))
                .andExpect(content().string(containsString("This link has expired or was already used.")));
    }

    @Test
    void anInvitationLinkIsSomeoneElsesWhenTheAddressDiffers() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        var eve = TestUsers.signUp(mvc, "Eve");
        invite(bob.email(), "ADMIN");
        String token = TestMailbox.token(bob.email(), "/invitations/");
        mvc.perform(json(post("/api/v1/invitations/accept"), "{\"token\":\"" + token + "\"}")
                        .with(eve.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").with(eve.bearer()))
                .andExpect(jsonPath(
                        "$.workspaces[*].id", not(hasItem(ada.workspaceId().toString()))));
    }

    @Test
    void acceptingOneInvitationTwiceAtOnceMakesOneMembershipAndOne409() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        invite(bob.email(), "MEMBER");
        String token = TestMailbox.token(bob.email(), "/invitations/");
        int attempts = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Callable<Integer> accept = () -> {
                    start.await();
                    var response = mvc.perform(json(post("/api/v1/invitations/accept"), "{\"token\":\"" + token + "\"}")
                                    .with(bob.bearer()))
                            .andReturn()
                            .getResponse();
                    if (response.getStatus() == 409) {
                        assertThat(response.getContentType()).isEqualTo("application/problem+json");
                    }
                    return response.getStatus();
                };
                answers.add(pool.submit(accept));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        String members = mvc.perform(get(ada.workspacePath("/members")).with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(members, "$.items[*].userId");
        assertThat(ids).filteredOn(bob.userId().toString()::equals).hasSize(1);
        mvc.perform(json(post("/api/v1/invitations/accept"), "{\"token\":\"" + token + "\"}")
                        .with(bob.bearer()))
                .andExpect(status().isConflict());
    }

    private void invite(String email, String role) throws Exception {
        mvc.perform(json(post(ada.workspacePath("/members")), """
                {"email":"%s","role":"%s"}""".formatted(email, role))
                        .with(ada.bearer()))
                .andExpect(status().isAccepted());
    }
}
