package dev.tandem.recognition;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.rhythm.RhythmMother;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Milestones and kudos through the API, the signals they feed, and their refusals. */
@TandemTest
class RecognitionApiTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    UUID acme;
    UUID ana;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        ana = RhythmMother.contact(mvc, ada, "Ana Ruiz");
        RhythmMother.id(
                mvc,
                ada,
                "/partnerships/" + acme + "/participants",
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(ana));
        RhythmMother.ourParticipant(mvc, ada, acme);
    }

    String milestone(int daysAgo) throws Exception {
        String on = LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).toString();
        return JsonPath.read(
                mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/milestones")), """
                {"title":"Pilot live","reachedOn":"%s","achieved":"First 100 users",
                 "contributors":[{"side":"THEIRS","personId":"%s"},{"side":"OURS","personId":"%s"}]}""".formatted(
                                                on, ana, ada.userId()))
                                .with(ada.bearer()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.contributors.length()").value(2))
                        .andExpect(jsonPath("$.celebrated").value(false))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void anUncelebratedMilestoneRaisesASignalWithADraftNamingItsContributorsUntilSomeoneIsThanked() throws Exception {
        String id = milestone(8);
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", hasItem("recognition.milestone")));
        mvc.perform(get(ada.workspacePath("/contacts/" + ana + "/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", hasItem("recognition.milestone")));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.signals[?(@.type == 'MILESTONE_NOT_CELEBRATED')].suggestion",
                        hasItem("Send a thank-you, for example: “Ada, Ana Ruiz, thank you for your part in Pilot live. "
                                + "It made a real difference to both our teams.”")));

        mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/kudos")), """
                {"side":"THEIRS","personId":"%s","milestoneId":"%s","message":"Thank you for the launch!"}""".formatted(ana, id))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.to.name").value("Ana Ruiz"))
                .andExpect(jsonPath("$.from").value("Ada"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                .andExpect(jsonPath("$.signals[?(@.type == 'MILESTONE_NOT_CELEBRATED')]")
                        .isEmpty());
        mvc.perform(get(ada.workspacePath("/contacts/" + ana + "/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].text", hasItem("Kudos to Ana Ruiz: “Thank you for the launch!”")));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/milestones"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$[0].celebrated").value(true))
                .andExpect(jsonPath("$[0].kudos[0].message").value("Thank you for the launch!"));
    }

    @Test
    void aFreshMilestoneRaisesNoSignalYet() throws Exception {
        milestone(3);
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                .andExpect(jsonPath("$.signals[?(@.type == 'MILESTONE_NOT_CELEBRATED')]")
                        .isEmpty());
    }

    @Test
    void milestonesAreVersionedAndListedNewestFirst() throws Exception {
        milestone(30);
        String id = milestone(2);
        String path = ada.workspacePath("/milestones/" + id);
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(json(put(path), "{\"title\":\"Pilot live everywhere\",\"reachedOn\":\"2026-11-30\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contributors.length()").value(0))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put(path), "{\"title\":\"Stale\",\"reachedOn\":\"2026-11-30\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/milestones"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$[0].title").value("Pilot live everywhere"));
        mvc.perform(delete(path).with(ada.bearer())).andExpect(status().isNoContent());
        mvc.perform(get(path).with(ada.bearer())).andExpect(status().isNotFound());
    }

    @Test
    void aContributorOrThankedPersonWhoIsNotAParticipantIsRefusedAndNothingIsWritten() throws Exception {
        UUID stranger = RhythmMother.contact(mvc, ada, "Stranger");
        String milestones = ada.workspacePath("/partnerships/" + acme + "/milestones");
        mvc.perform(json(post(milestones), """
                {"title":"X","reachedOn":"2026-11-01","contributors":[{"side":"THEIRS","personId":"%s"}]}""".formatted(stranger)).with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Choose people taking part in this partnership."));
        mvc.perform(json(post(milestones), """
                {"title":"X","reachedOn":"2026-11-01","contributors":[{"side":"OURS","personId":"%s"}]}""".formatted(ana)).with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(milestones), "{\"title\":\"X\",\"reachedOn\":\"2999-01-01\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                                post(milestones),
                                "{\"title\":\"X\",\"reachedOn\":\"2026-11-01\",\"goalIds\":[\"%s\"]}"
                                        .formatted(UUID.randomUUID()))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        String kudos = ada.workspacePath("/partnerships/" + acme + "/kudos");
        mvc.perform(json(
                                post(kudos),
                                "{\"side\":\"THEIRS\",\"personId\":\"%s\",\"message\":\"Thanks\"}".formatted(stranger))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                                post(kudos),
                                "{\"side\":\"THEIRS\",\"personId\":\"%s\",\"message\":\"%s\"}"
                                        .formatted(ana, "x".repeat(501)))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(milestones).with(ada.bearer()))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(kudos).with(ada.bearer()))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anotherWorkspaceSeesNothingAndChangesNothing() throws Exception {
        String id = milestone(1);
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        String evePath = "/api/v1/workspaces/" + eve.workspaceId();
        mvc.perform(get(evePath + "/milestones/" + id).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(delete(evePath + "/milestones/" + id).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(evePath + "/partnerships/" + acme + "/kudos").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post(evePath + "/partnerships/" + acme + "/kudos"),
                                "{\"side\":\"THEIRS\",\"personId\":\"%s\",\"message\":\"Hi\"}".formatted(ana))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/milestones/" + id)).with(ada.bearer()))
                .andExpect(status().isOk());
    }
}
