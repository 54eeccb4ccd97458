package dev.tandem.rhythm;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.Races;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No lost updates in meetings and commitments (issue 17): two agenda items added at once are both kept or one is
 * refused, notes saved over a version somebody else replaced are refused and say by whom, a stale If-Match is 412.
 */
@TandemTest
class RhythmVersionTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor session;
    UUID acme;
    UUID meeting;

    @BeforeEach
    void meeting() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        meeting = RhythmMother.meeting(mvc, ada, acme, "INFORMAL", "2030-03-01T10:00", "2030-03-01T11:00");
    }

    @Test
    void twoAgendaItemsAddedAtOnceAreBothKeptOrOneIsRefusedNeverLost() throws Exception {
        String add = "/w/" + ada.workspaceId() + "/meetings/" + meeting + "/agenda";
        int kept = 0;
        for (int round = 0; round < 15; round++) {
            MvcResult[] results = Races.atOnce(
                    mvc,
                    post(add)
                            .with(session)
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("title", "A" + round),
                    post(add)
                            .with(session)
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("title", "B" + round));
            List<String> titles = JsonPath.read(
                    mvc.perform(get(ada.workspacePath("/meetings/" + meeting)).with(ada.bearer()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.agenda[*].title");
            for (int i = 0; i < 2; i++) {
                int status = results[i].getResponse().getStatus();
                assertThat(status).as("round %d", round).isIn(200, 409);
                String title = (i == 0 ? "A" : "B") + round;
                assertThat(titles.contains(title))
                        .as("round %d: %s answered %d", round, title, status)
                        .isEqualTo(status == 200);
                kept += status == 200 ? 1 : 0;
            }
            assertThat(titles).hasSize(kept);
        }
    }

    @Test
    void notesSavedOverAVersionSomebodyReplacedAreRefusedAndSayByWhom() throws Exception {
        String minutes = "/w/" + ada.workspaceId() + "/meetings/" + meeting + "/minutes";
        mvc.perform(get("/w/" + ada.workspaceId() + "/meetings/" + meeting).with(session))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(patch(ada.workspacePath("/meetings/" + meeting)), "{\"notes\":\"Bea's notes\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));

        for (String typed : List.of("My notes", "My notes, longer")) {
            mvc.perform(post(minutes)
                            .with(session)
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("version", "0")
                            .param("notes", typed)
                            .param("decisions", ""))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("This was changed meanwhile by Ada")))
                    .andExpect(content().string(containsString("<li>Notes</li>")))
                    .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        }
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting)).with(ada.bearer()))
                .andExpect(jsonPath("$.notes").value("Bea's notes"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(post(minutes)
                        .with(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", "1")
                        .param("notes", "Both notes")
                        .param("decisions", ""))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
        mvc.perform(json(patch(ada.workspacePath("/meetings/" + meeting)), "{\"notes\":\"x\"}")
                        .header("If-Match", "\"1\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.changedFields[0]").value("notes"));
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting)).with(ada.bearer()))
                .andExpect(jsonPath("$.notes").value("Both notes"))
                .andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void aCommitmentChangedMeanwhileIsNotChangedAgainUnseen() throws Exception {
        UUID promise = RhythmMother.commitment(mvc, ada, acme, "Send the draft", "US", "2030-01-31");
        String path = ada.workspacePath("/commitments/" + promise);
        mvc.perform(json(patch(path), "{\"dueOn\":\"2030-02-28\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(patch(path), "{\"status\":\"DROPPED\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.changedBy").value("Ada"));

        mvc.perform(post("/w/" + ada.workspaceId() + "/commitments/" + promise + "/status")
                        .with(session)
                        .with(csrf())
                        .param("status", "DONE")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "version.meanwhile.listBy"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/commitments"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"));

        mvc.perform(post("/w/" + ada.workspaceId() + "/commitments/" + promise + "/status")
                        .with(session)
                        .with(csrf())
                        .param("status", "DONE")
                        .param("version", "1"))
                .andExpect(flash().attribute("notice", "rhythm.commitments.changed"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/commitments"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].status").value("DONE"))
                .andExpect(jsonPath("$.items[0].version").value(2));
    }
}
