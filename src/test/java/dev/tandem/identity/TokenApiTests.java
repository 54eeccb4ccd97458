package dev.tandem.identity;

import static dev.tandem.TestUsers.bearer;
import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class TokenApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsShownOnceStoredHashedAndWorksUntilRevoked() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");

        String created = mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\":\"CI pipeline\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("CI pipeline"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = JsonPath.read(created, "$.token");
        String id = JsonPath.read(created, "$.id");
        assertThat(secret).startsWith("tnd_").hasSizeGreaterThan(40);

        int stored = jdbc.sql("select count(*) from api_tokens where token_hash = :s or hint = :s")
                .param("s", secret)
                .query(Integer.class)
                .single();
        assertThat(stored).as("the secret itself is never stored").isZero();

        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/tokens").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("CI pipeline")))
                .andExpect(jsonPath("$.items[*].token").doesNotExist())
                .andExpect(jsonPath("$.items[0].hint").value(secret.substring(0, 10)));

        mvc.perform(delete("/api/v1/me/tokens/" + id).with(ada.bearer())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(bearer(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.detail").value("The bearer token is unknown, revoked or expired."));
    }

    @Test
    void tokensBelongToTheirOwner() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var eve = TestUsers.signUp(mvc, "Eve");
        String created = mvc.perform(
                        json(post("/api/v1/me/tokens"), "{\"name\":\"mine\"}").with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(delete("/api/v1/me/tokens/" + id).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/tokens").with(eve.bearer()))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("mine"))));
    }

    @Test
    void anExpiryMustBeInTheFutureAndANameIsRequired() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\":\"old\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\":\"\"}").with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\":\"x\",\"expiresAt\":\"next tuesday\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void creatingAndRevokingTokensIsAudited() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String created = mvc.perform(
                        json(post("/api/v1/me/tokens"), "{\"name\":\"deploy\"}").with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(
                delete("/api/v1/me/tokens/" + JsonPath.read(created, "$.id")).with(ada.bearer()));

        mvc.perform(get(ada.workspacePath("/audit-events")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].action").value("TOKEN_REVOKED"))
                .andExpect(jsonPath("$.items[0].target").value("deploy"))
                .andExpect(jsonPath("$.items[1].action").value("TOKEN_CREATED"));
    }
}
