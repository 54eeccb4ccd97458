package dev.tandem.goals;

import static dev.tandem.TestUsers.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** No goals route lets a user of another workspace see or touch anything: every one answers 404. */
@TandemTest
class GoalIsolationTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    SignedUp eve;
    String acme;
    String goal;
    String kr;
    String own;

    @BeforeEach
    void twoWorkspaces() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        eve = TestUsers.signUp(mvc, "Eve");
        var data = new GoalFixtures(mvc, ada);
        acme = data.partnership("Acme");
        goal = data.goal(acme, "Secret goal", "");
        kr = data.keyResult(goal, "0", "10");
        own = data.ownGoal(acme, "OURS", "Secret own goal");
    }

    @Test
    void anotherUsersTokenGets404OnEveryRouteOfTheWorkspace() throws Exception {
        for (MockHttpServletRequestBuilder request : routes(ada)) {
            mvc.perform(request.with(eve.bearer())).andExpect(status().isNotFound());
        }
    }

    @Test
    void anIdOfAnotherWorkspaceIsNotFoundInOnesOwnAndNothingIsWritten() throws Exception {
        for (MockHttpServletRequestBuilder request : routes(eve)) {
            mvc.perform(request.with(eve.bearer())).andExpect(status().isNotFound());
        }
        mvc.perform(get(ada.workspacePath("/key-results/" + kr + "/measurements"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Secret goal"))
                .andExpect(jsonPath("$.keyResults.length()").value(1));
        mvc.perform(get(ada.workspacePath("/own-goals/" + own)).with(ada.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void theGoalsPageOfAnotherWorkspacesPartnershipIsNotFound() throws Exception {
        var session = WebSessions.logIn(mvc, eve);
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + acme + "/goals")
                        .with(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/w/" + eve.workspaceId() + "/partnerships/" + acme + "/goals")
                        .with(session))
                .andExpect(status().isNotFound());
        for (String ws : List.of(ada.workspaceId().toString(), eve.workspaceId().toString())) {
            String edit = "/w/" + ws + "/partnerships/" + acme + "/goals/" + goal + "/edit";
            mvc.perform(get(edit).with(session)).andExpect(status().isNotFound());
            mvc.perform(post(edit)
                            .with(session)
                            .with(csrf())
                            .param("title", "Stolen")
                            .param("dueOn", "2099-01-01"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Secret goal"));
    }

    private List<MockHttpServletRequestBuilder> routes(SignedUp in) {
        String p = in.workspacePath("/partnerships/" + acme);
        String g = in.workspacePath("/goals/" + goal);
        String k = in.workspacePath("/key-results/" + kr);
        String o = in.workspacePath("/own-goals/" + own);
        String goalBody = "{\"title\":\"Stolen\",\"dueOn\":\"2099-12-31\"}";
        String krBody = "{\"metric\":\"m\",\"baseline\":0,\"target\":1}";
        String ownBody = "{\"side\":\"OURS\",\"kind\":\"PERSONAL\",\"title\":\"x\"}";
        return List.of(
                get(p + "/goals"),
                json(post(p + "/goals"), goalBody),
                get(p + "/alignment"),
                get(g),
                json(put(g), goalBody),
                json(patch(g), "{\"status\":\"DROPPED\"}"),
                delete(g),
                get(g + "/key-results"),
                json(post(g + "/key-results"), krBody),
                get(k),
                json(put(k), krBody),
                json(patch(k), "{\"unit\":\"x\"}"),
                delete(k),
                get(k + "/measurements"),
                json(post(k + "/measurements"), "{\"value\":5}"),
                get(p + "/own-goals"),
                json(post(p + "/own-goals"), ownBody),
                get(o),
                json(put(o), ownBody),
                delete(o));
    }
}
