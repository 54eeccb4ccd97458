package dev.tandem.identity;

import static dev.tandem.TestUsers.bearer;
import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A token is remembered for a moment after it authenticates (ADR 15): what this node changes counts on the very
 * next request, what only the database learnt (another node's write) once the moment has passed.
 */
@TandemTest
class RecentTokensTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMemberRemovedOrDemotedHereIsRefusedOnTheirNextRequest() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var bo = TestUsers.signUp(mvc, "Bo");
        var cy = TestUsers.signUp(mvc, "Cy");
        TestUsers.addMember(mvc, ada, bo, "ADMIN");
        TestUsers.addMember(mvc, ada, cy, "MEMBER");
        mvc.perform(get(ada.workspacePath("/invitations")).with(bo.bearer())).andExpect(status().isOk());

        mvc.perform(json(patch(ada.workspacePath("/members/" + bo.userId())), "{\"role\":\"VIEWER\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/invitations")).with(bo.bearer())).andExpect(status().isForbidden());

        mvc.perform(get(ada.workspacePath("/contacts")).with(cy.bearer())).andExpect(status().isOk());
        mvc.perform(delete(ada.workspacePath("/members/" + cy.userId())).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(ada.workspacePath("/contacts")).with(cy.bearer())).andExpect(status().isNotFound());
    }

    @Test
    void signingOutEverywhereHereEndsTheOtherTokensOnTheirNextRequest() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String laptop = secret(ada, "laptop");
        mvc.perform(get("/api/v1/me").with(bearer(laptop))).andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/contacts")).with(bearer(laptop))).andExpect(status().isOk());

        mvc.perform(post("/api/v1/me/sign-out-everywhere").with(ada.bearer())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(bearer(laptop))).andExpect(status().isUnauthorized());
        mvc.perform(get(ada.workspacePath("/contacts")).with(bearer(laptop))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(ada.bearer())).andExpect(status().isOk());
    }

    @Test
    void aRevocationOnlyTheDatabaseKnowsCountsOnceTheMomentHasPassed() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String secret = secret(ada, "script");
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());

        // As another node would revoke it: this node is not told.
        jdbc.sql("update api_tokens set revoked_at = :now where token_hash = :hash")
                .param("now", OffsetDateTime.now())
                .param("hash", Secrets.hash(secret))
                .update();
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());

        clock.advance(Duration.ofSeconds(1));
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isUnauthorized());
    }

    @Test
    void aRememberedTokenStillRecordsItsUseOnceAMinute() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String secret = secret(ada, "script");
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());
        Instant first = lastUsed(secret);
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());
        assertThat(lastUsed(secret)).isEqualTo(first);

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());
        assertThat(lastUsed(secret)).isAfter(first.plus(Duration.ofMinutes(1)));
    }

    private String secret(TestUsers.SignedUp user, String name) throws Exception {
        String created = mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\":\"%s\"}".formatted(name))
                        .with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(created, "$.token");
    }

    private Instant lastUsed(String secret) {
        return jdbc.sql("select last_used_at from api_tokens where token_hash = :hash")
                .param("hash", Secrets.hash(secret))
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }
}
