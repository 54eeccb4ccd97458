package dev.tandem.goals;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * No lost updates on shared goals (issue 17): two edits at once keep both changes or refuse one with 409, a stale
 * If-Match is 412 and writes nothing, the ETag moves with every change, and an edit form opened before a change
 * says who changed what instead of overwriting it.
 */
@TandemTest
class GoalVersionTests {

    static final int ROUNDS = 25;

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    GoalFixtures data;
    String acme;

    @BeforeEach
    void goal() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new GoalFixtures(mvc, ada);
        acme = data.partnership("Acme");
    }

    @Test
    void twoEditsOfOneGoalAtOnceKeepBothChangesOrRefuseOneNeverLoseOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String goal = data.goal(acme, "Start", "");
                String path = ada.workspacePath("/goals/" + goal);
                var barrier = new CyclicBarrier(2);
                String title = "Title " + round;
                String why = "Why " + round;
                Future<Integer> titled = pool.submit(() -> edit(barrier, path, "{\"title\":\"" + title + "\"}"));
                Future<Integer> reasoned = pool.submit(() -> edit(barrier, path, "{\"why\":\"" + why + "\"}"));
                int titleStatus = titled.get(30, TimeUnit.SECONDS);
                int whyStatus = reasoned.get(30, TimeUnit.SECONDS);
                assertThat(List.of(titleStatus, whyStatus))
                        .allMatch(s -> s == 200 || s == 409)
                        .contains(200);
                String now = mvc.perform(get(path).with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                Map<String, Object> stored = JsonPath.read(now, "$");
                Object storedTitle = stored.get("title");
                Object storedWhy = stored.get("why");
                assertThat(storedTitle)
                        .as("round %d: the title change answered 200 is kept", round)
                        .isEqualTo(titleStatus == 200 ? title : "Start");
                assertThat(storedWhy)
                        .as("round %d: the why change answered 200 is kept", round)
                        .isEqualTo(whyStatus == 200 ? why : null);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int edit(CyclicBarrier barrier, String path, String body) throws Exception {
        barrier.await(10, TimeUnit.SECONDS);
        return mvc.perform(json(patch(path), body).with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void aStalePutWithIfMatchIsRefusedWith412AndWritesNothing() throws Exception {
        String goal = data.goal(acme, "Grow", "");
        String path = ada.workspacePath("/goals/" + goal);
        String first = mvc.perform(get(path).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String second = mvc.perform(json(patch(path), "{\"title\":\"Grow faster\"}")
                        .header("If-Match", first)
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(second).isNotEqualTo(first);

        mvc.perform(json(put(path), "{\"title\":\"Grow\",\"dueOn\":\"2099-01-31\"}")
                        .header("If-Match", first)
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", second))
                .andExpect(jsonPath("$.status").value(412))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changedBy").value("Ada"))
                .andExpect(jsonPath("$.changedFields[0]").value("title"))
                .andExpect(jsonPath("$.changedFields[1]").value("dueOn"));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(header().string("ETag", second))
                .andExpect(jsonPath("$.title").value("Grow faster"))
                .andExpect(jsonPath("$.dueOn").value("2099-12-31"));

        mvc.perform(json(put(path), "{\"title\":\"Grow\",\"dueOn\":\"2099-01-31\"}")
                        .header("If-Match", "W/" + second)
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        mvc.perform(json(patch(path), "{\"why\":\"x\"}")
                        .header("If-Match", "\"abc\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void withoutIfMatchAWriteAppliesToTheCurrentVersion() throws Exception {
        String goal = data.goal(acme, "Grow", "");
        String path = ada.workspacePath("/goals/" + goal);
        mvc.perform(json(patch(path), "{\"title\":\"One\"}").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put(path), "{\"title\":\"Two\",\"dueOn\":\"2099-01-31\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        mvc.perform(json(patch(path), "{\"why\":\"Because\"}")
                        .header("If-Match", "*")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Two"))
                .andExpect(header().string("ETag", "\"3\""));
    }

    @Test
    void anEditFormOpenedBeforeAChangeSaysWhoChangedWhatAndKeepsTheInput() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String goal = data.goal(acme, "Pilot", "");
        String edit = "/w/" + ada.workspaceId() + "/partnerships/" + acme + "/goals/" + goal + "/edit";
        mvc.perform(get(edit).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(patch(ada.workspacePath("/goals/" + goal)), "{\"title\":\"Pilot in Milan\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());

        MvcResult refused = mvc.perform(post(edit)
                        .with(session)
                        .with(csrf())
                        .param("version", "0")
                        .param("title", "Pilot in Madrid")
                        .param("dueOn", "2099-12-31")
                        .param("why", "Both grow")
                        .param("status", "ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This was changed meanwhile by Ada")))
                .andExpect(content().string(containsString("<li>Title</li>")))
                .andExpect(content().string(containsString("<li>Why it matters</li>")))
                .andExpect(content().string(not(containsString("<li>Due date</li>"))))
                .andExpect(content().string(containsString("value=\"Pilot in Madrid\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
                .andReturn();
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("Shared goal saved");
        mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Pilot in Milan"));

        mvc.perform(post(edit)
                        .with(session)
                        .with(csrf())
                        .param("version", "1")
                        .param("title", "Pilot in Madrid")
                        .param("dueOn", "2099-12-31")
                        .param("status", "ACTIVE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Pilot in Madrid"));
    }
}
