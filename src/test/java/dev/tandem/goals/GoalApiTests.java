package dev.tandem.goals;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Shared goals, key results, measurements and own goals through the API, with their refusals. */
@TandemTest
class GoalApiTests {

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
    void aGoalWithOwnersKeyResultAndMeasurementsShowsItsProgressAndGoesOnTheTimeline() throws Exception {
        String ana = data.contact("Ana Ruiz");
        String goal = data.goal(
                acme,
                "Grow signups",
                ",\"why\":\"Reach\",\"ourOwnerId\":\"%s\",\"theirOwnerId\":\"%s\"".formatted(ada.userId(), ana));
        String kr = data.keyResult(goal, "100", "200");
        mvc.perform(json(
                                post(ada.workspacePath("/key-results/" + kr + "/measurements")),
                                "{\"value\":150,\"note\":\"Good month\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value(150));
        mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ourOwner.name").value("Ada"))
                .andExpect(jsonPath("$.theirOwner.name").value("Ana Ruiz"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.keyResults[0].direction").value("UP"))
                .andExpect(jsonPath("$.keyResults[0].latest.note").value("Good month"))
                .andExpect(jsonPath("$.keyResults[0].progress.percent").value(50))
                .andExpect(jsonPath("$.keyResults[0].progress.onTrack").value(true))
                .andExpect(jsonPath("$.progress.percent").value(50));
        mvc.perform(json(patch(ada.workspacePath("/goals/" + goal)), "{\"status\":\"ACHIEVED\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACHIEVED"))
                .andExpect(jsonPath("$.why").value("Reach"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].text", hasItem("Shared goal set: “Grow signups”")))
                .andExpect(jsonPath("$.items[*].text", hasItem("Shared goal achieved: “Grow signups”")))
                .andExpect(jsonPath("$.items[*].text", hasItem("Signups: 150 people (goal “Grow signups”)")));
        mvc.perform(get(ada.workspacePath("/contacts/" + ana + "/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", hasItem("goal.set")));
    }

    @Test
    void goalsAndKeyResultsAreReplacedPatchedAndDeleted() throws Exception {
        String goal = data.goal(acme, "First", "");
        mvc.perform(json(put(ada.workspacePath("/goals/" + goal)), "{\"title\":\"Renamed\",\"dueOn\":\"2099-01-31\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Renamed"))
                .andExpect(jsonPath("$.dueOn").value("2099-01-31"));
        String kr = data.keyResult(goal, "10", "4");
        mvc.perform(get(ada.workspacePath("/key-results/" + kr)).with(ada.bearer()))
                .andExpect(jsonPath("$.direction").value("DOWN"))
                .andExpect(jsonPath("$.progress.percent").value(0));
        mvc.perform(json(patch(ada.workspacePath("/key-results/" + kr)), "{\"unit\":\"%\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("%"))
                .andExpect(jsonPath("$.target").value(4));
        mvc.perform(json(
                                put(ada.workspacePath("/key-results/" + kr)),
                                "{\"metric\":\"Churn\",\"unit\":\"%\",\"baseline\":10,\"target\":2,\"direction\":\"DOWN\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metric").value("Churn"));
        mvc.perform(get(ada.workspacePath("/goals/" + goal + "/key-results")).with(ada.bearer()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(delete(ada.workspacePath("/key-results/" + kr)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(ada.workspacePath("/goals/" + goal)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(ada.workspacePath("/goals/" + goal)).with(ada.bearer())).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAnsweredClearlyAndNothingIsWritten() throws Exception {
        String goals = ada.workspacePath("/partnerships/" + acme + "/goals");
        mvc.perform(json(post(goals), "{\"title\":\"Bad date\",\"dueOn\":\"31/12/2099\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(goals), "{\"title\":\"\",\"dueOn\":\"2099-12-31\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                                post(goals),
                                "{\"title\":\"X\",\"dueOn\":\"2099-12-31\",\"ourOwnerId\":\"%s\"}"
                                        .formatted(UUID.randomUUID()))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(goals).with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));

        String goal = data.goal(acme, "Real", "");
        String krs = ada.workspacePath("/goals/" + goal + "/key-results");
        mvc.perform(json(post(krs), "{\"metric\":\"Flat\",\"baseline\":5,\"target\":5}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The target must differ from the baseline."));
        mvc.perform(json(post(krs), "{\"metric\":\"Wrong way\",\"baseline\":5,\"target\":9,\"direction\":\"DOWN\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(krs).with(ada.bearer()))
                .andExpect(jsonPath("$.length()").value(0));

        String kr = data.keyResult(goal, "0", "10");
        String measurements = ada.workspacePath("/key-results/" + kr + "/measurements");
        mvc.perform(json(post(measurements), "{\"value\":3,\"measuredOn\":\"2999-01-01\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(measurements), "{\"value\":3,\"measuredOn\":\"yesterday\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(measurements).with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void measurementsArePaginatedLatestDayFirst() throws Exception {
        String kr = data.keyResult(data.goal(acme, "G", ""), "0", "10");
        String measurements = ada.workspacePath("/key-results/" + kr + "/measurements");
        for (String day : new String[] {"2026-01-01", "2026-03-01", "2026-02-01"}) {
            mvc.perform(json(post(measurements), "{\"value\":1,\"measuredOn\":\"%s\"}".formatted(day))
                            .with(ada.bearer()))
                    .andExpect(status().isCreated());
        }
        String first = mvc.perform(get(measurements).param("limit", "2").with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].measuredOn").value("2026-03-01"))
                .andExpect(jsonPath("$.items[1].measuredOn").value("2026-02-01"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(measurements)
                        .param("limit", "2")
                        .param("cursor", (String) JsonPath.read(first, "$.nextCursor"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].measuredOn").value("2026-01-01"));
    }

    @Test
    void theAlignmentListsWhatIsMissingAndAGoalServesOnlyOwnGoalsOfItsPartnership() throws Exception {
        String ours = data.ownGoal(acme, "OURS", "Reach new markets");
        String theirs = data.ownGoal(acme, "THEIRS", "Learn our methods");
        String other = data.ownGoal(data.partnership("Other"), "OURS", "Elsewhere");
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + acme + "/goals")),
                                "{\"title\":\"X\",\"dueOn\":\"2099-12-31\",\"serves\":[\"%s\"]}".formatted(other))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        data.goal(acme, "Pilot", ",\"ourOwnerId\":\"%s\",\"serves\":[\"%s\"]".formatted(ada.userId(), ours));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/alignment"))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeGoals").value(1))
                .andExpect(jsonPath("$.alignedGoals").value(0))
                .andExpect(jsonPath("$.withoutOurOwner.length()").value(0))
                .andExpect(jsonPath("$.withoutTheirOwner[0].title").value("Pilot"))
                .andExpect(jsonPath("$.servingNothingOfTheirs[0].title").value("Pilot"))
                .andExpect(jsonPath("$.unservedOwnGoals[0].id").value(theirs));
        mvc.perform(json(
                                put(ada.workspacePath("/own-goals/" + theirs)),
                                "{\"side\":\"THEIRS\",\"kind\":\"PERSONAL\",\"title\":\"Learn\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PERSONAL"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/own-goals"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(delete(ada.workspacePath("/own-goals/" + ours)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/alignment"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.servingNothingOfOurs[0].title").value("Pilot"));
    }
}
