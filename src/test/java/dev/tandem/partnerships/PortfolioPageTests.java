package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.WebSessions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The workspace's home page shows the portfolio at a glance once it has partnerships. */
@TandemTest
class PortfolioPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEmptyWorkspaceShowsFirstStepsAndAFullOneItsStagesAndWhatNeedsAttention() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/w/" + ada.workspaceId()).with(browser))
                .andExpect(content().string(containsString("Your portfolio is empty")))
                .andExpect(content().string(containsString("Add a partnership")));

        for (String name : new String[] {"Solar co-op", "Museum loans"}) {
            mvc.perform(json(post(ada.workspacePath("/partnerships")), """
                    {"name":"%s","kind":"ORG_PARTNER","cadenceIdealDays":7,"cadenceMaxDays":14}""".formatted(name))
                            .with(ada.bearer()))
                    .andExpect(status().isCreated());
        }
        clock.advance(Duration.ofDays(10));

        mvc.perform(get("/w/" + ada.workspaceId()).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Your portfolio is empty"))))
                .andExpect(content().string(containsString("2 partnerships by stage")))
                .andExpect(content().string(containsString("Needs attention")))
                .andExpect(content().string(containsString("Museum loans")))
                .andExpect(content().string(containsString("Solar co-op")))
                .andExpect(content().string(containsString("/w/" + ada.workspaceId() + "/commitments")));
    }

    @Test
    void anotherWorkspacesHomeIsNotFound() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var eve = TestUsers.signUp(mvc, "Eve");
        mvc.perform(get("/w/" + ada.workspaceId()).with(WebSessions.logIn(mvc, eve)))
                .andExpect(status().isNotFound());
    }
}
