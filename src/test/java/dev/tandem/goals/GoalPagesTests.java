package dev.tandem.goals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
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
        mvc.perform(post(page.replace("/goals", "/own-goals"))
                        .with(session)
                        .with(csrf())
                        .param("title", "")
                        .param("side", "OURS")
                        .param("kind", "PERSONAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")));
    }

    @Test
    void aGoalIsEditedInFullWithErrorsNextToTheirFields() throws Exception {
        String ana = data.contact("Ana Ruiz");
        String ours = data.ownGoal(acme, "OURS", "Reach markets");
        String theirs = data.ownGoal(acme, "THEIRS", "Learn our methods");
        String goal = data.goal(acme, "Pilot", ",\"serves\":[\"%s\"]".formatted(ours));
        String edit = page + "/" + goal + "/edit";
        mvc.perform(get(page).with(session)).andExpect(content().string(containsString(edit)));
        mvc.perform(get(edit).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Pilot\"")))
                .andExpect(content().string(containsString("value=\"2099-12-31\"")))
                .andExpect(content().string(containsString("Reach markets")));

        mvc.perform(post(edit)
                        .with(session)
                        .with(csrf())
                        .param("title", "")
                        .param("dueOn", "31/12/2099")
                        .param("status", "ACHIEVED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("Enter a date as year-month-day")));
        mvc.perform(post(edit)
                        .with(session)
                        .with(csrf())
                        .param("title", "Pilot")
                        .param("dueOn", "2099-12-31")
                        .param("ourOwnerId", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a member of this workspace")));
        mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Pilot"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        mvc.perform(post(edit)
                        .with(session)
                        .with(csrf())
                        .param("title", "Pilot in two cities")
                        .param("description", "Milan and Madrid")
                        .param("why", "Both grow")
                        .param("dueOn", "2099-06-30")
                        .param("ourOwnerId", ada.userId().toString())
                        .param("theirOwnerId", ana)
                        .param("serves", ours)
                        .param("serves", theirs)
                        .param("status", "ACHIEVED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "goals.saved"));
        mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Pilot in two cities"))
                .andExpect(jsonPath("$.description").value("Milan and Madrid"))
                .andExpect(jsonPath("$.why").value("Both grow"))
                .andExpect(jsonPath("$.dueOn").value("2099-06-30"))
                .andExpect(jsonPath("$.status").value("ACHIEVED"))
                .andExpect(jsonPath("$.ourOwner.name").value("Ada"))
                .andExpect(jsonPath("$.theirOwner.name").value("Ana Ruiz"))
                .andExpect(jsonPath("$.serves.length()").value(2));

        String other = data.partnership("Other");
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + other + "/goals/" + goal + "/edit")
                        .with(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMeasurementForAKeyResultOfAnotherPartnershipIsNotFoundAndNothingIsWritten() throws Exception {
        String kr = data.keyResult(data.goal(acme, "Grow", ""), "0", "10");
        String other = data.partnership("Other");
        mvc.perform(post("/w/" + ada.workspaceId() + "/partnerships/" + other + "/key-results/" + kr + "/measurements")
                        .with(session)
                        .with(csrf())
                        .param("value", "5"))
                .andExpect(status().isNotFound());
        mvc.perform(post(page.replace("/goals", "/key-results/" + kr + "/measurements"))
                        .with(session)
                        .with(csrf())
                        .param("value", "5")
                        .param("measuredOn", "5 May"))
                .andExpect(flash().attribute("problem", "goals.form.dueOnInvalid"));
        mvc.perform(get(ada.workspacePath("/key-results/" + kr + "/measurements"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void goalsShowProgressAndAlignmentAndTheSmallFormsWork() throws Exception {
        mvc.perform(post(page.replace("/goals", "/own-goals"))
                        .with(session)
                        .with(csrf())
                        .param("title", "Reach markets")
                        .param("side", "OURS")
                        .param("kind", "ORGANISATIONAL"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page)
                        .with(session)
                        .with(csrf())
                        .param("title", "Pilot together")
                        .param("dueOn", "2099-12-31")
                        .param("ourOwnerId", ada.userId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "goals.set"));
        String goal = JsonPath.read(
                mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/goals"))
                                .with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[0].id");
        mvc.perform(post(page + "/" + goal + "/key-results")
                        .with(session)
                        .with(csrf())
                        .param("metric", "Flat")
                        .param("baseline", "3")
                        .param("target", "3"))
                .andExpect(flash().attribute("problem", "goal.keyResult.targetIsBaseline"));
        mvc.perform(post(page + "/" + goal + "/key-results")
                        .with(session)
                        .with(csrf())
                        .param("metric", "Signups")
                        .param("unit", "people")
                        .param("baseline", "0")
                        .param("target", "40"))
                .andExpect(flash().attribute("notice", "goals.keyResult.added"));
        String kr = JsonPath.read(
                mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.keyResults[0].id");
        mvc.perform(post(page.replace("/goals", "/key-results/" + kr + "/measurements"))
                        .with(session)
                        .with(csrf())
                        .param("value", "30")
                        .param("note", "Great"))
                .andExpect(flash().attribute("notice", "goals.measurement.added"));

        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilot together")))
                .andExpect(content().string(containsString("<progress max=\"100\" value=\"75\"")))
                .andExpect(content().string(containsString("No owner on their side")))
                .andExpect(content().string(containsString("Serve no goal of ours")))
                .andExpect(content().string(containsString("Own goals no shared goal serves")));
        mvc.perform(get(page).header("HX-Request", "true").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Pilot together")));
        mvc.perform(post(page + "/" + goal + "/status")
                        .with(session)
                        .with(csrf())
                        .param("status", "ACHIEVED"))
                .andExpect(flash().attribute("notice", "goals.statusChanged.ACHIEVED"));
    }
}
