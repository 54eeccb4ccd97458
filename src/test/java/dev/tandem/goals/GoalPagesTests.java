package dev.tandem.goals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The goals tab as a browser uses it: empty states, inline validation, progress and alignment, htmx fragment. */
@TandemTest
class GoalPagesTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    GoalFixtures data;
    RequestPostProcessor session;
    String acme;
    String page;

    @BeforeEach
    void signedIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new GoalFixtures(mvc, ada);
        session = WebSessions.logIn(mvc, ada);
        acme = data.partnership("Acme");
        page = "/w/" + ada.workspaceId() + "/partnerships/" + acme + "/goals";
    }

    @Test
    void anEmptyTabSaysWhatToDoAndTheHubLinksToIt() throws Exception {
        mvc.perform(get(page).with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("No shared goals yet")))
                .andExpect(content().string(containsString("No own goals yet")))
                .andExpect(content().string(containsString("Nothing to judge yet")));
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + acme).with(session))
                .andExpect(content().string(containsString(page)));
    }

    @Test
    void badInputIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post(page).with(session).with(csrf()).param("title", "").param("dueOn", "31/12/2099"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("Enter a date as year-month-day")))
                .andExpect(content().string(containsString("No shared goals yet")));
        mvc.perform(post(page.replace("/goals", "/own-goals")).with(session).with(csrf()).param("title", "")
                        .param("side", "OURS").param("kind", "PERSONAL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("This field is required.")));
    }

    @Test
    void goalsShowProgressAndAlignmentAndTheSmallFormsWork() throws Exception {
        mvc.perform(post(page.replace("/goals", "/own-goals")).with(session).with(csrf()).param("title", "Reach markets")
                .param("side", "OURS").param("kind", "ORGANISATIONAL")).andExpect(status().is3xxRedirection());
        mvc.perform(post(page).with(session).with(csrf()).param("title", "Pilot together").param("dueOn", "2099-12-31")
                        .param("ourOwnerId", ada.userId().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "goals.set"));
        String goal = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/goals"))
                .with(ada.bearer())).andReturn().getResponse().getContentAsString(), "$.items[0].id");
        mvc.perform(post(page + "/" + goal + "/key-results").with(session).with(csrf()).param("metric", "Flat")
                        .param("baseline", "3").param("target", "3"))
                .andExpect(flash().attribute("problem", "goal.keyResult.targetIsBaseline"));
        mvc.perform(post(page + "/" + goal + "/key-results").with(session).with(csrf()).param("metric", "Signups")
                .param("unit", "people").param("baseline", "0").param("target", "40"))
                .andExpect(flash().attribute("notice", "goals.keyResult.added"));
        String kr = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(ada.workspacePath("/goals/" + goal))
                .with(ada.bearer())).andReturn().getResponse().getContentAsString(), "$.keyResults[0].id");
        mvc.perform(post(page.replace("/goals", "/key-results/" + kr + "/measurements")).with(session).with(csrf())
                .param("value", "30").param("note", "Great")).andExpect(flash().attribute("notice", "goals.measurement.added"));

        mvc.perform(get(page).with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilot together")))
                .andExpect(content().string(containsString("<progress max=\"100\" value=\"75\"")))
                .andExpect(content().string(containsString("No owner on their side")))
                .andExpect(content().string(containsString("Serve no goal of ours")))
                .andExpect(content().string(containsString("Own goals no shared goal serves")));
        mvc.perform(get(page).header("HX-Request", "true").with(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Pilot together")));
        mvc.perform(post(page + "/" + goal + "/status").with(session).with(csrf()).param("status", "ACHIEVED"))
                .andExpect(flash().attribute("notice", "goals.statusChanged.ACHIEVED"));
    }
}
