package dev.tandem.space;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The shared space page: the thread fragment the live page fetches for each new or changed thread. */
@TandemTest
class SpacePagesTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    UUID acme;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = SpaceMother.partnership(mvc, ada, "Acme");
    }

    @Test
    void aNewThreadIsFetchedAsTheFragmentTheLivePageInserts() throws Exception {
        String created = mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + acme + "/space/posts")),
                                "{\"kind\":\"QUESTION\",\"body\":\"Kickoff date?\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String post = JsonPath.read(created, "$.id");
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + acme + "/space/posts/" + post)
                        .header("HX-Request", "true")
                        .with(WebSessions.logIn(mvc, ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"post-" + post + "\"")))
                .andExpect(content().string(containsString("Kickoff date?")));
    }
}
