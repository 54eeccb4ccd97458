package dev.tandem.rhythm;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Commitments: made directly or as action items, delivered, slipped, dropped; reliability per side; due lists. */
@TandemTest
class CommitmentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;
    UUID acme;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void noCommitmentsYetMeansNoReliabilityFigure() throws Exception {
        reliability()
                .andExpect(jsonPath("$.us.due").value(0))
                .andExpect(jsonPath("$.us.percent").doesNotExist())
                .andExpect(jsonPath("$.them.due").value(0))
                .andExpect(jsonPath("$.them.percent").doesNotExist());
    }

    @Test
    void reliabilityCountsOnTimeDeliveriesLateOnesAndDropsAsMissed() throws Exception {
        UUID onTime = RhythmMother.commitment(mvc, ada, acme, "Send the draft", "US", day(3));
        UUID late = RhythmMother.commitment(mvc, ada, acme, "Share the data", "US", day(3));
        UUID dueToday = RhythmMother.commitment(mvc, ada, acme, "Book the room", "US", day(5));
        UUID dropped = RhythmMother.commitment(mvc, ada, acme, "Intro to Bob", "THEM", day(2));
        UUID theirs = RhythmMother.commitment(mvc, ada, acme, "Review the plan", "THEM", day(1));

        clock.advance(Duration.ofDays(1));
        change(theirs, "{\"status\":\"DONE\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneOn").value(day(0)));
        clock.advance(Duration.ofDays(2));
        change(onTime, "{\"status\":\"DONE\"}").andExpect(status().isOk());
        clock.advance(Duration.ofDays(1));
        change(late, "{\"status\":\"DONE\"}").andExpect(status().isOk());
        change(dropped, "{\"status\":\"DROPPED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneOn").doesNotExist());
        clock.advance(Duration.ofDays(1));

        reliability()
                .andExpect(jsonPath("$.us.due").value(2))
                .andExpect(jsonPath("$.us.onTime").value(1))
                .andExpect(jsonPath("$.us.percent").value(50))
                .andExpect(jsonPath("$.them.due").value(2))
                .andExpect(jsonPath("$.them.onTime").value(1));
        change(dueToday, "{\"status\":\"DONE\"}").andExpect(status().isOk());
        reliability()
                .andExpect(jsonPath("$.us.due").value(3))
                .andExpect(jsonPath("$.us.onTime").value(2))
                .andExpect(jsonPath("$.us.percent").value(67));

        RhythmMother.commitment(mvc, ada, acme, "Too long ago", "THEM", day(-181));
        reliability().andExpect(jsonPath("$.them.due").value(2));
        RhythmMother.commitment(mvc, ada, acme, "Just in the window", "THEM", day(-180));
        reliability()
                .andExpect(jsonPath("$.them.due").value(3))
                .andExpect(jsonPath("$.them.onTime").value(1));

        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type")
                        .value(Matchers.hasItems(
                                "rhythm.commitment.made.US",
                                "rhythm.commitment.delivered.US",
                                "rhythm.commitment.deliveredLate.US",
                                "rhythm.commitment.dropped.THEM",
                                "rhythm.commitment.delivered.THEM")));
    }

    @Test
    void anOpenCommitmentDueTodayIsNotCountedYetButOneDueYesterdayIs() throws Exception {
        RhythmMother.commitment(mvc, ada, acme, "Today", "THEM", day(0));
        reliability().andExpect(jsonPath("$.them.due").value(0));
        clock.advance(Duration.ofDays(1));
        reliability()
                .andExpect(jsonPath("$.them.due").value(1))
                .andExpect(jsonPath("$.them.onTime").value(0))
                .andExpect(jsonPath("$.them.percent").value(0));
    }

    @Test
    void aSlippedDueDateIsOnTheTimelineAndBadDatesAreRefused() throws Exception {
        UUID c = RhythmMother.commitment(mvc, ada, acme, "Send the draft", "US", "2030-01-10");
        change(c, "{\"dueOn\":\"2030-01-20\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value("2030-01-20"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].text")
                        .value("Our “Send the draft” slipped from Jan 10, 2030 to Jan 20, 2030"));

        change(c, "{\"dueOn\":\"20/01/2030\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueOn"))
                .andExpect(jsonPath("$.detail").value("Write the date as 2026-12-01."));
        change(c, "{\"status\":\"DONE\",\"doneOn\":\"2999-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("doneOn"));
        make("{\"what\":\"x\",\"ownerSide\":\"US\",\"dueOn\":\"tomorrow\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        make("{\"what\":\" \",\"ownerSide\":\"US\",\"dueOn\":\"2030-01-01\"}").andExpect(status().isBadRequest());
        make("{\"what\":\"x\",\"ownerSide\":\"BOTH\",\"dueOn\":\"2030-01-01\"}").andExpect(status().isBadRequest());
        make("{\"what\":\"%s\",\"ownerSide\":\"US\",\"dueOn\":\"2030-01-01\"}".formatted("w".repeat(501)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/commitments"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"))
                .andExpect(jsonPath("$.items[0].dueOn").value("2030-01-20"));
        change(UUID.randomUUID(), "{\"status\":\"DONE\"}").andExpect(status().isNotFound());
    }

    @Test
    void theOwnerIsAParticipantOnTheOwningSide() throws Exception {
        UUID ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        UUID us = RhythmMother.ourParticipant(mvc, ada, acme);
        make("{\"what\":\"x\",\"ownerSide\":\"US\",\"ownerId\":\"%s\",\"dueOn\":\"2030-01-01\"}".formatted(ana))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));
        make("{\"what\":\"Intro\",\"ownerSide\":\"THEM\",\"ownerId\":\"%s\",\"dueOn\":\"2030-01-01\"}".formatted(ana))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerName").value("Ana"));
        make("{\"what\":\"Slides\",\"ownerSide\":\"US\",\"ownerId\":\"%s\",\"dueOn\":\"2030-01-01\"}".formatted(us))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerName").value("Ada"));
    }

    @Test
    void actionItemsOfAMeetingAreCommitmentsOfItsPartnership() throws Exception {
        UUID meeting = RhythmMother.meeting(mvc, ada, acme, "CHECK_IN", "2030-03-01T10:00", "2030-03-01T11:00");
        mvc.perform(json(
                                post(ada.workspacePath("/meetings/" + meeting + "/action-items")),
                                "{\"what\":\"Send minutes\",\"ownerSide\":\"US\",\"dueOn\":\"2030-03-02\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.meetingId").value(meeting.toString()))
                .andExpect(jsonPath("$.partnershipId").value(acme.toString()));
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting + "/action-items"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$[*].what").value(contains("Send minutes")));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/commitments"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].what").value(contains("Send minutes")));
        mvc.perform(json(
                                post(ada.workspacePath("/meetings/" + meeting + "/action-items")),
                                "{\"what\":\"x\",\"ownerSide\":\"US\",\"dueOn\":\"2030-13-45\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theWorkspaceListsOverdueAndDueThisWeekBySide() throws Exception {
        UUID other = RhythmMother.partnership(mvc, ada, "Other");
        RhythmMother.commitment(mvc, ada, acme, "Overdue ours", "US", day(-2));
        RhythmMother.commitment(mvc, ada, other, "Overdue theirs", "THEM", day(-1));
        RhythmMother.commitment(mvc, ada, acme, "Today", "US", day(0));
        RhythmMother.commitment(mvc, ada, other, "In six days", "THEM", day(6));
        RhythmMother.commitment(mvc, ada, acme, "Next week", "US", day(7));
        UUID done = RhythmMother.commitment(mvc, ada, acme, "Done already", "US", day(-3));
        change(done, "{\"status\":\"DONE\"}").andExpect(status().isOk());

        due("overdue")
                .andExpect(jsonPath("$.items[*].what").value(contains("Overdue ours", "Overdue theirs")))
                .andExpect(jsonPath("$.items[0].overdue").value(true));
        due("overdue&side=THEM").andExpect(jsonPath("$.items[*].what").value(contains("Overdue theirs")));
        due("due-this-week").andExpect(jsonPath("$.items[*].what").value(contains("Today", "In six days")));
        due("open").andExpect(jsonPath("$.items", hasSize(5)));
        String first = due("open&limit=2")
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        due("open&limit=2&cursor=" + JsonPath.read(first, "$.nextCursor"))
                .andExpect(jsonPath("$.items[*].what").value(contains("Today", "In six days")));
        mvc.perform(get(ada.workspacePath("/commitments?status=someday")).with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theWorkspaceListGroupsBySideAndByOwnerAcrossPartnerships() throws Exception {
        UUID other = RhythmMother.partnership(mvc, ada, "Other");
        UUID adaHere = RhythmMother.ourParticipant(mvc, ada, acme);
        UUID adaThere = RhythmMother.ourParticipant(mvc, ada, other);
        UUID ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        owned(acme, "Slides", "US", adaHere, day(-1));
        owned(other, "Budget", "US", adaThere, day(2));
        owned(acme, "Intro", "THEM", ana, day(1));
        RhythmMother.commitment(mvc, ada, other, "Unnamed", "US", day(0));
        RhythmMother.commitment(mvc, ada, acme, "Far away", "US", day(30));

        mvc.perform(get(ada.workspacePath("/commitments/by-owner")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("due"))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.groups[*].side").value(contains("US", "US", "THEM")))
                .andExpect(jsonPath("$.groups[0].name").value("Ada"))
                .andExpect(jsonPath("$.groups[0].personId").value(ada.userId().toString()))
                .andExpect(jsonPath("$.groups[0].items[*].what").value(contains("Slides", "Budget")))
                .andExpect(jsonPath("$.groups[0].items[0].overdue").value(true))
                .andExpect(jsonPath("$.groups[0].items[1].partnershipName").value("Other"))
                .andExpect(jsonPath("$.groups[1].personId").doesNotExist())
                .andExpect(jsonPath("$.groups[1].items[*].what").value(contains("Unnamed")))
                .andExpect(jsonPath("$.groups[2].name").value("Ana"));
        mvc.perform(get(ada.workspacePath("/commitments/by-owner?status=overdue&side=US"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(jsonPath("$.groups[0].items[*].what").value(contains("Slides")));
        mvc.perform(get(ada.workspacePath("/commitments/by-owner?status=soon")).with(ada.bearer()))
                .andExpect(status().isBadRequest());
        due("due")
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.items[0].ownerName").value("Ada"));
    }

    private void owned(UUID partnership, String what, String side, UUID owner, String due) throws Exception {
        RhythmMother.id(
                mvc, ada, "/partnerships/" + partnership + "/commitments", """
                {"what":"%s","ownerSide":"%s","ownerId":"%s","dueOn":"%s"}""".formatted(what, side, owner, due));
    }

    private ResultActions due(String query) throws Exception {
        return mvc.perform(
                        get(ada.workspacePath("/commitments?status=" + query)).with(ada.bearer()))
                .andExpect(status().isOk());
    }

    private String day(int fromToday) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(fromToday)
                .toString();
    }

    private ResultActions make(String body) throws Exception {
        return mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/commitments")), body)
                .with(ada.bearer()));
    }

    private ResultActions change(UUID id, String body) throws Exception {
        return mvc.perform(
                json(patch(ada.workspacePath("/commitments/" + id)), body).with(ada.bearer()));
    }

    private ResultActions reliability() throws Exception {
        return mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/reliability"))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
    }
}
