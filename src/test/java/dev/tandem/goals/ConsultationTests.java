package dev.tandem.goals;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import dev.tandem.guests.GuestWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Voices consulted on shared goals: who was asked is recorded, whose voice is missing shows on the alignment and in
 * the health index's alignment evidence, bad input writes nothing, and guests read those of shared goals only.
 */
@TandemTest
class ConsultationTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    GoalFixtures data;
    String acme;
    String goal;

    @BeforeEach
    void goal() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new GoalFixtures(mvc, ada);
        acme = data.partnership("Acme");
        goal = data.goal(acme, "Open the library on Sundays", "");
    }

    @Test
    void whoWasConsultedIsRecordedAndTheMissingVoicesShowOnTheAlignmentAndTheHealthEvidence() throws Exception {
        alignment()
                .andExpect(jsonPath("$.voicesMissing", hasSize(1)))
                .andExpect(jsonPath("$.voicesMissing[0].goal.title").value("Open the library on Sundays"))
                .andExpect(jsonPath("$.voicesMissing[0].missing", contains("ANYONE")));
        record("OURS", "Library staff", "true", "2020-03-02")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.who").value("Library staff"))
                .andExpect(jsonPath("$.doesTheWork").value(true))
                .andExpect(jsonPath("$.how").value("WORKSHOP"));
        alignment().andExpect(jsonPath("$.voicesMissing[0].missing", contains("THEIR_SIDE")));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                .andExpect(jsonPath("$.factors[5].name").value("ALIGNMENT"))
                .andExpect(jsonPath("$.factors[5].evidence").value(containsString("1 still miss a voice")));
        record("THEIRS", "Neighbourhood committee", "false", "2020-03-09").andExpect(status().isCreated());
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].text")
                        .value("Voice heard on the partner’s side on “Open the library on Sundays”: "
                                + "Neighbourhood committee (Mar 9, 2020)"))
                .andExpect(
                        jsonPath("$.items[1].text")
                                .value(
                                        "Voice heard on our side on “Open the library on Sundays”: Library staff (Mar 2, 2020)"));
        alignment().andExpect(jsonPath("$.voicesMissing", empty()));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                .andExpect(jsonPath("$.factors[5].evidence").value(not(containsString("miss a voice"))));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/goals/" + goal + "/consultations"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$[*].who", contains("Neighbourhood committee", "Library staff")));
        String id = JsonPath.read(
                mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/consultations"))
                                .with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].id");
        mvc.perform(delete(ada.workspacePath("/partnerships/" + acme + "/goals/" + goal + "/consultations/" + id))
                        .with(ada.bearer()))
                .andExpect(status().isNoContent());
        alignment().andExpect(jsonPath("$.voicesMissing[0].missing", contains("THEIR_SIDE")));
    }

    @Test
    void badInputIsRefusedAndWritesNothing() throws Exception {
        record("OURS", " ", "false", "2020-03-02")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        record("OURS", "Staff", "false", "2999-01-01").andExpect(status().isBadRequest());
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + acme + "/goals/" + goal + "/consultations")),
                                "{\"side\":\"OURS\",\"who\":\"Staff\",\"consultedOn\":\"2020-01-01\",\"how\":\"TELEPATHY\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        String other = data.partnership("Other");
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + other + "/goals/" + goal + "/consultations")),
                                body("OURS", "Staff", "false", "2020-01-01"))
                        .with(ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/consultations"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$", empty()));
    }

    @Test
    void theGoalsTabRecordsInPlaceAndShowsTheGaps() throws Exception {
        RequestPostProcessor browser = WebSessions.logIn(mvc, ada);
        String tab = "/w/" + ada.workspaceId() + "/partnerships/" + acme + "/goals";
        mvc.perform(get(tab).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voices consulted")))
                .andExpect(content().string(containsString("Voices missing")));
        mvc.perform(post(tab + "/" + goal + "/consultations")
                        .with(browser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("who", "")
                        .param("role", "Volunteers")
                        .param("consultedOn", "2020-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say who was consulted")))
                .andExpect(content().string(containsString("value=\"Volunteers\"")));
        mvc.perform(post(tab + "/" + goal + "/consultations")
                        .with(browser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("who", "Reading club")
                        .param("side", "THEIRS")
                        .param("doesTheWork", "true")
                        .param("how", "INTERVIEW")
                        .param("consultedOn", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Consultation recorded.")))
                .andExpect(content().string(containsString("Reading club")))
                .andExpect(content().string(containsString("our side")))
                // the alignment card's voices missing, refreshed beside the goal's section
                .andExpect(content().string(containsString("id=\"voice-gaps\" hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("Voices missing")));
        mvc.perform(post(tab + "/" + goal + "/consultations")
                        .with(browser)
                        .with(csrf())
                        .param("who", "Staff")
                        .param("consultedOn", "2020-01-02"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "voices.saved"));
        alignment().andExpect(jsonPath("$.voicesMissing", empty()));
    }

    @Test
    void anotherWorkspaceSeesNoConsultations() throws Exception {
        record("OURS", "Library staff", "true", "2020-03-02").andExpect(status().isCreated());
        SignedUp bob = TestUsers.signUp(mvc, "Bob");
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/consultations"))
                        .with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + bob.workspaceId() + "/partnerships/" + acme + "/consultations")
                        .with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post("/api/v1/workspaces/" + bob.workspaceId() + "/partnerships/" + acme + "/goals/"
                                        + goal + "/consultations"),
                                body("OURS", "Spy", "false", "2020-01-01"))
                        .with(bob.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aGuestReadsTheConsultationsOfSharedGoalsOnly() throws Exception {
        var world = new GuestWorld(mvc);
        String api = "/api/v1/workspaces/" + world.workspace + "/partnerships/" + world.p1;
        var goals = mvc.perform(get(api + "/goals").with(world.owner.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String internal = JsonPath.<List<String>>read(goals, "$.items[?(@.title == 'Team SECRET goal')].id")
                .get(0);
        String shared = JsonPath.<List<String>>read(goals, "$.items[?(@.title == 'Grow together')].id")
                .get(0);
        for (String g : new String[] {internal, shared}) {
            mvc.perform(json(
                                    post(api + "/goals/" + g + "/consultations"),
                                    body(
                                            "OURS",
                                            g.equals(internal) ? "SECRET board" : "Project team",
                                            "true",
                                            "2020-01-01"))
                            .with(world.owner.bearer()))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get(api + "/consultations").with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].who", contains("Project team")));
        mvc.perform(get(api + "/goals/" + internal + "/consultations").with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(api + "/goals/" + shared + "/consultations"), body("THEIRS", "Us", "false", "2020-01-01"))
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
    }

    private ResultActions alignment() throws Exception {
        return mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/alignment"))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
    }

    private ResultActions record(String side, String who, String doesTheWork, String on) throws Exception {
        return mvc.perform(json(
                        post(ada.workspacePath("/partnerships/" + acme + "/goals/" + goal + "/consultations")),
                        body(side, who, doesTheWork, on))
                .with(ada.bearer()));
    }

    private static String body(String side, String who, String doesTheWork, String on) {
        return """
                {"side":"%s","who":"%s","role":"Coordinators","doesTheWork":%s,"consultedOn":"%s","how":"WORKSHOP"}""".formatted(side, who, doesTheWork, on);
    }
}
