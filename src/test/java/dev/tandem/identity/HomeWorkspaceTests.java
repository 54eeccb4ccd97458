package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The workspace a user lands in after logging in is the one they opened last; looking at it writes nothing. */
@TandemTest
class HomeWorkspaceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void viewingTheHomePageAgainAndAgainWritesNothing() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/w/" + ada.workspaceId()).with(session)).andExpect(status().isOk());
        long version = version(ada);

        mvc.perform(get("/w/" + ada.workspaceId()).with(session)).andExpect(status().isOk());
        mvc.perform(get("/w/" + ada.workspaceId()).with(session)).andExpect(status().isOk());

        assertThat(version(ada)).isEqualTo(version);
    }

    @Test
    void theWorkspaceOpenedLastIsOpenedAfterTheNextLogIn() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String created = mvc.perform(TestUsers.json(post("/api/v1/workspaces"), "{\"name\":\"Second\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = JsonPath.read(created, "$.id");
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/w/" + ada.workspaceId()));
        long version = version(ada);

        mvc.perform(get("/w/" + second).with(session)).andExpect(status().isOk());

        assertThat(version(ada)).isEqualTo(version + 1);
        mvc.perform(get("/").with(WebSessions.logIn(mvc, ada))).andExpect(redirectedUrl("/w/" + second));
    }

    private long version(SignedUp user) {
        return jdbc.sql("select version from users where id = :id")
                .param("id", user.userId())
                .query(Long.class)
                .single();
    }
}
