package dev.tandem.goals;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** No lost updates on key results and own goals (issue 17): ETag on GET, If-Match honoured with 412. */
@TandemTest
class KeyResultVersionTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    GoalFixtures data;
    String acme;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new GoalFixtures(mvc, ada);
        acme = data.partnership("Acme");
    }

    @Test
    void aStaleChangeOfAKeyResultIsRefusedWith412AndWritesNothing() throws Exception {
        String path = ada.workspacePath("/key-results/" + data.keyResult(data.goal(acme, "Launch", ""), "0", "100"));
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(json(patch(path), "{\"target\":200}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put(path), "{\"metric\":\"Buyers\",\"unit\":\"people\",\"baseline\":0,\"target\":100}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.changedBy").value("Ada"))
                .andExpect(jsonPath("$.changedFields[0]").value("metric"))
                .andExpect(jsonPath("$.changedFields[1]").value("target"));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.metric").value("Signups"))
                .andExpect(jsonPath("$.target").value(200));
        mvc.perform(json(patch(path), "{\"metric\":\"Buyers\"}").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.target").value(200));
    }

    @Test
    void aStaleChangeOfAnOwnGoalIsRefusedWith412AndWritesNothing() throws Exception {
        String path = ada.workspacePath("/own-goals/" + data.ownGoal(acme, "OURS", "Reach Spain"));
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(json(
                                put(path),
                                "{\"side\":\"OURS\",\"kind\":\"ORGANISATIONAL\",\"title\":\"Reach Spain and Portugal\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put(path), "{\"side\":\"OURS\",\"kind\":\"PERSONAL\",\"title\":\"Reach Spain\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.changedFields[0]").value("kind"))
                .andExpect(jsonPath("$.changedFields[1]").value("title"));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Reach Spain and Portugal"))
                .andExpect(jsonPath("$.kind").value("ORGANISATIONAL"));
    }
}
