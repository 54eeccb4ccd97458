package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.Races;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** No lost updates on partnerships (issue 17): a stale full PUT is 412, two at once keep one, the form says what changed. */
@TandemTest
class PartnershipVersionTests {

    static final String BODY = """
            {"name":"%s","kind":"ORG_PARTNER","purpose":"%s","cadenceIdealDays":14,"cadenceMaxDays":30}""";

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    UUID acme;
    String path;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        path = ada.workspacePath("/partnerships/" + acme);
    }

    @Test
    void aStaleFullPutIsRefusedAndTheNewerDataStays() throws Exception {
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(json(put(path), BODY.formatted("Acme", "Newer purpose"))
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put(path), BODY.formatted("Acme Ltd", ""))
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.changedFields[0]").value("name"))
                .andExpect(jsonPath("$.changedFields[1]").value("purpose"));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.name").value("Acme"))
                .andExpect(jsonPath("$.purpose").value("Newer purpose"));

        String next = JsonPath.read(
                mvc.perform(get(path).with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.allowedStages[0]");
        mvc.perform(json(post(path + "/stage"), "{\"stage\":\"" + next + "\",\"reason\":\"Agreed\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(json(put(path), BODY.formatted("Acme", "x"))
                        .header("If-Match", "\"1\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void twoPutsOnOneVersionAtOnceKeepExactlyOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            String etag = mvc.perform(get(path).with(ada.bearer()))
                    .andReturn()
                    .getResponse()
                    .getHeader("ETag");
            MvcResult[] results = Races.atOnce(
                    mvc,
                    json(put(path), BODY.formatted("First " + round, ""))
                            .header("If-Match", etag)
                            .with(ada.bearer()),
                    json(put(path), BODY.formatted("Second " + round, ""))
                            .header("If-Match", etag)
                            .with(ada.bearer()));
            int first = results[0].getResponse().getStatus();
            int second = results[1].getResponse().getStatus();
            assertThat(new int[] {first, second}).as("round %d", round).containsExactlyInAnyOrder(200, 412);
            String name = JsonPath.read(
                    mvc.perform(get(path).with(ada.bearer()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.name");
            assertThat(name).isEqualTo((first == 200 ? "First " : "Second ") + round);
        }
    }

    @Test
    void theEditFormOpenedBeforeAChangeListsWhatDiffersAndKeepsTheInput() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String edit = "/w/" + ada.workspaceId() + "/partnerships/" + acme + "/edit";
        mvc.perform(get(edit).with(session))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(put(path), BODY.formatted("Acme", "Theirs")).with(ada.bearer()))
                .andExpect(status().isOk());

        mvc.perform(post(edit)
                        .with(csrf())
                        .with(session)
                        .param("version", "0")
                        .param("name", "Acme")
                        .param("kind", "ORG_PARTNER")
                        .param("ownerId", ada.userId().toString())
                        .param("purpose", "Mine")
                        .param("cadenceIdealDays", "14")
                        .param("cadenceMaxDays", "30")
                        .param("visibility", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This was changed meanwhile by Ada")))
                .andExpect(content().string(containsString("<li>Purpose</li>")))
                .andExpect(content().string(not(containsString("<li>Name</li>"))))
                .andExpect(content().string(containsString("Mine")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.purpose").value("Theirs"));
    }
}
