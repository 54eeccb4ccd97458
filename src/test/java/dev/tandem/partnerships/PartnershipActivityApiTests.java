package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static dev.tandem.partnerships.PartnershipMother.partnership;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.Duration;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Stage moves and their history, the timeline, notes, participants and the losing-touch list. */
@TandemTest
class PartnershipActivityApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;
    UUID acme;

    @BeforeEach
    void partnershipOfAda() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = partnership("Acme").create(mvc, ada);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void stageMovesAreKeptWithReasonWhoAndWhen() throws Exception {
        move("COLLABORATING", "First project signed")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("COLLABORATING"))
                .andExpect(jsonPath(
                        "$.allowedStages", Matchers.containsInAnyOrder("PARTNERING", "DORMANT", "WINDING_DOWN")));
        move("DORMANT", "Busy season").andExpect(status().isOk());
        move("PARTNERING", "Back, and deeper").andExpect(status().isOk());

        mvc.perform(get(path("/stages")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].to")
                        .value(contains("EXPLORING", "COLLABORATING", "DORMANT", "PARTNERING")))
                .andExpect(jsonPath("$.items[0].from").doesNotExist())
                .andExpect(jsonPath("$.items[1].from").value("EXPLORING"))
                .andExpect(jsonPath("$.items[1].reason").value("First project signed"))
                .andExpect(
                        jsonPath("$.items[1].changedBy.id").value(ada.userId().toString()))
                .andExpect(jsonPath("$.items[1].changedBy.name").value("Ada"))
                .andExpect(jsonPath("$.items[1].changedAt", notNullValue()));
    }

    @Test
    void aDisallowedMoveIsAConflictProblemAndChangesNothing() throws Exception {
        move("PARTNERING", "Skipping ahead")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("A partnership cannot move from Exploring to Partnering."));
        move("EXPLORING", "Same").andExpect(status().isConflict());
        move("WINDING_DOWN", "Not a fit").andExpect(status().isOk());
        move("EXPLORING", "Second thoughts").andExpect(status().isConflict());
        move("ENDED", "Done").andExpect(status().isOk());
        move("DORMANT", "After the end").andExpect(status().isConflict());
        mvc.perform(get(path("/stages")).with(ada.bearer())).andExpect(jsonPath("$.items", hasSize(3)));
    }

    @Test
    void aMoveNeedsAKnownStageAndAReason() throws Exception {
        mvc.perform(json(post(path("/stage")), "{\"stage\":\"COLLABORATING\",\"reason\":\" \"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post(path("/stage")), "{\"reason\":\"x\"}").with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        mvc.perform(json(
                                post(path("/stage")),
                                "{\"stage\":\"COLLABORATING\",\"reason\":\"%s\"}".formatted("r".repeat(501)))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(path("/stage")), "{\"stage\":\"MARRIED\",\"reason\":\"x\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTimelineTellsEverythingThatHappenedNewestFirst() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bob, "MEMBER");
        move("COLLABORATING", "Kick-off went well").andExpect(status().isOk());
        note("Call them in May", "INTERNAL").andExpect(status().isCreated());
        participant("{\"userId\":\"%s\",\"role\":\"Sponsor\"}".formatted(bob.userId()))
                .andExpect(status().isCreated());

        mvc.perform(get(path("/timeline")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].type")
                        .value(contains(
                                "partnership.participantAdded.OURS",
                                "partnership.noteAdded.INTERNAL",
                                "partnership.movedTo.COLLABORATING",
                                "partnership.created")))
                .andExpect(jsonPath("$.items[0].text").value("Bob joined “Acme” on our side as Sponsor"))
                .andExpect(jsonPath("$.items[2].text").value("Moved to Collaborating: Kick-off went well"))
                .andExpect(jsonPath("$.items[3].text").value("Partnership “Acme” created"))
                .andExpect(jsonPath("$.items[3].actorName").value("Ada"));
        mvc.perform(get(path("/timeline?limit=1")).with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.nextCursor", notNullValue()));
    }

    @Test
    void anEntryKeepsTheNameItsActorWentByThen() throws Exception {
        var browser = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/account/profile")
                        .with(csrf())
                        .with(browser)
                        .param("displayName", "Ada Lovelace")
                        .param("locale", "en")
                        .param("timeZone", "UTC"))
                .andExpect(status().is3xxRedirection());
        note("Renamed since", "INTERNAL").andExpect(status().isCreated());

        mvc.perform(get(path("/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].actorName").value(contains("Ada Lovelace", "Ada")));
    }

    @Test
    void notesAreListedAndDeletedAndOnlySharedOnesCountAsContact() throws Exception {
        note("Internal thoughts", "INTERNAL")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.visibility").value("INTERNAL"))
                .andExpect(jsonPath("$.author.name").value("Ada"));
        read("").andExpect(jsonPath("$.lastContactedAt").doesNotExist());

        clock.advance(Duration.ofDays(3));
        String shared = note("Thanks for the visit!", "SHARED")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        read("").andExpect(jsonPath("$.lastContactedAt").value(JsonPath.<String>read(shared, "$.createdAt")));

        mvc.perform(get(path("/notes")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].body").value(contains("Thanks for the visit!", "Internal thoughts")));
        mvc.perform(delete(path("/notes/" + JsonPath.read(shared, "$.id"))).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(path("/notes/" + JsonPath.read(shared, "$.id"))).with(ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(path("/notes")).with(ada.bearer())).andExpect(jsonPath("$.items", hasSize(1)));

        note("x".repeat(4001), "INTERNAL")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        note(" ", "SHARED").andExpect(status().isBadRequest());
    }

    @Test
    void participantsOnOurSideAreMembers() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        participant("{\"userId\":\"%s\",\"role\":\"Sponsor\"}".formatted(bob.userId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("userId"));
        TestUsers.addMember(mvc, ada, bob, "MEMBER");
        String added = participant("{\"userId\":\"%s\",\"role\":\"Sponsor\"}".formatted(bob.userId()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.side").value("OURS"))
                .andExpect(jsonPath("$.name").value("Bob"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        participant("{\"userId\":\"%s\",\"role\":\"Lead\"}".formatted(bob.userId()))
                .andExpect(status().isConflict());
        participant("{\"userId\":\"%s\",\"contactId\":\"%s\",\"role\":\"Lead\"}"
                        .formatted(ada.userId(), UUID.randomUUID()))
                .andExpect(status().isBadRequest());
        participant("{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"));
        participant("{\"userId\":\"%s\",\"role\":\"\"}".formatted(ada.userId())).andExpect(status().isBadRequest());

        mvc.perform(get(path("/participants")).with(ada.bearer()))
                .andExpect(jsonPath("$[*].name").value(contains("Bob")));
        mvc.perform(delete(path("/participants/" + JsonPath.read(added, "$.id")))
                        .with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(path("/participants")).with(ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get(path("/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].text").value("Bob left “Acme” (our side)"));
    }

    @Test
    void losingTouchListsDueAndOverduePartnershipsTheLongestOverdueFirst() throws Exception {
        UUID tight = partnership("Tight").cadence(1, 2).create(mvc, ada);
        UUID loose = partnership("Loose").cadence(3, 5).create(mvc, ada);
        UUID ended = partnership("Ended").cadence(1, 1).create(mvc, ada);
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + ended + "/stage")),
                                "{\"stage\":\"WINDING_DOWN\",\"reason\":\"x\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + ended + "/stage")),
                                "{\"stage\":\"ENDED\",\"reason\":\"x\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        losingTouch().andExpect(jsonPath("$.items", hasSize(0)));

        clock.advance(Duration.ofDays(4));
        losingTouch()
                .andExpect(jsonPath("$.items[*].name").value(contains("Tight", "Loose")))
                .andExpect(jsonPath("$.items[*].cadenceStatus").value(contains("OVERDUE", "DUE")));
        String first = mvc.perform(get(ada.workspacePath("/partnerships/losing-touch?limit=1"))
                        .with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(ada.workspacePath(
                                "/partnerships/losing-touch?limit=1&cursor=" + JsonPath.read(first, "$.nextCursor")))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].name").value(contains("Loose")));

        clock.advance(Duration.ofDays(2));
        losingTouch().andExpect(jsonPath("$.items[*].cadenceStatus").value(contains("OVERDUE", "OVERDUE")));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + tight + "/notes")),
                                "{\"body\":\"Caught up\",\"visibility\":\"SHARED\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated());
        losingTouch().andExpect(jsonPath("$.items[*].id").value(contains(loose.toString())));
    }

    private ResultActions losingTouch() throws Exception {
        return mvc.perform(get(ada.workspacePath("/partnerships/losing-touch")).with(ada.bearer()))
                .andExpect(status().isOk());
    }

    private String path(String rest) {
        return ada.workspacePath("/partnerships/" + acme + rest);
    }

    private ResultActions read(String rest) throws Exception {
        return mvc.perform(get(path(rest)).with(ada.bearer()));
    }

    private ResultActions move(String stage, String reason) throws Exception {
        return mvc.perform(json(post(path("/stage")), "{\"stage\":\"%s\",\"reason\":\"%s\"}".formatted(stage, reason))
                .with(ada.bearer()));
    }

    private ResultActions note(String body, String visibility) throws Exception {
        return mvc.perform(
                json(post(path("/notes")), "{\"body\":\"%s\",\"visibility\":\"%s\"}".formatted(body, visibility))
                        .with(ada.bearer()));
    }

    private ResultActions participant(String body) throws Exception {
        return mvc.perform(json(post(path("/participants")), body).with(ada.bearer()));
    }
}
