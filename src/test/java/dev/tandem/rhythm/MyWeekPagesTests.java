package dev.tandem.rhythm;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "My week": only what is mine (meetings, commitments I owe, check-ins of partnerships I own), with empty states. */
@TandemTest
class MyWeekPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;
    SignedUp bob;
    RequestPostProcessor session;
    String page;

    @BeforeEach
    void workspaceOfTwo() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        SignedUp bobAlone = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bobAlone, "MEMBER");
        bob = new SignedUp(
                bobAlone.userId(), ada.workspaceId(), bobAlone.token(), bobAlone.email(), bobAlone.password());
        session = WebSessions.logIn(mvc, ada);
        page = "/w/" + ada.workspaceId() + "/my-week";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEmptyWeekSaysSoInEachSectionAndTheNavLinksToIt() throws Exception {
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + page + "\"")))
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andExpect(content().string(containsString("No meetings this week.")))
                .andExpect(content().string(containsString("Nothing planned for next week yet.")))
                .andExpect(content().string(containsString("Nothing overdue or due in the next 7 days.")))
                .andExpect(content().string(containsString("Every partnership you own is in touch.")));
    }

    @Test
    void itShowsMyMeetingsCommitmentsAndCheckInsButNotMyColleaguesOnes() throws Exception {
        UUID mine = RhythmMother.partnership(mvc, ada, "Mine Ltd");
        UUID bobs = RhythmMother.partnership(mvc, bob, "Bobs Co");
        UUID bobThere = RhythmMother.ourParticipant(mvc, bob, mine);
        meeting(mine, "CHECK_IN", 0);
        meeting(mine, "KICKOFF", 7);
        meeting(mine, "RETROSPECTIVE", 15);
        meeting(bobs, "INFORMAL", 0);
        RhythmMother.commitment(mvc, ada, mine, "Send the draft", "US", day(3));
        RhythmMother.commitment(mvc, ada, mine, "Later than a week", "US", day(10));
        RhythmMother.commitment(mvc, ada, mine, "Their homework", "THEM", day(1));
        RhythmMother.commitment(mvc, ada, bobs, "Bobs task", "US", day(1));
        RhythmMother.id(mvc, ada, "/partnerships/" + mine + "/commitments", """
                {"what":"Named for Bob","ownerSide":"US","ownerId":"%s","dueOn":"%s"}""".formatted(bobThere, day(1)));

        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check-in")))
                .andExpect(content().string(containsString("Kick-off")))
                .andExpect(content().string(not(containsString("Retrospective"))))
                .andExpect(content().string(not(containsString("Informal"))))
                .andExpect(content().string(containsString("Send the draft")))
                .andExpect(content().string(not(containsString("Later than a week"))))
                .andExpect(content().string(not(containsString("Their homework"))))
                .andExpect(content().string(not(containsString("Bobs task"))))
                .andExpect(content().string(not(containsString("Named for Bob"))))
                .andExpect(content().string(containsString("Every partnership you own is in touch.")));

        RhythmMother.id(
                mvc,
                bob,
                "/partnerships/" + bobs + "/participants",
                "{\"userId\":\"%s\",\"role\":\"Helper\"}".formatted(ada.userId()));
        clock.advance(Duration.ofDays(40));
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Send the draft")))
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(containsString("Mine Ltd")))
                .andExpect(content().string(containsString("cadence-OVERDUE")))
                .andExpect(content()
                        .string(containsString("/w/" + ada.workspaceId() + "/partnerships/" + mine + "/meetings")))
                .andExpect(content()
                        .string(not(
                                containsString("/w/" + ada.workspaceId() + "/partnerships/" + bobs + "/meetings"))));
    }

    @Test
    void aMeetingOfAPartnershipIAmPartOfIsMineAndMarkingDoneComesBackHere() throws Exception {
        UUID bobs = RhythmMother.partnership(mvc, bob, "Bobs Co");
        meeting(bobs, "INFORMAL", 0);
        mvc.perform(get(page).with(session)).andExpect(content().string(not(containsString("Informal"))));
        UUID adaThere = RhythmMother.id(
                mvc,
                bob,
                "/partnerships/" + bobs + "/participants",
                "{\"userId\":\"%s\",\"role\":\"Helper\"}".formatted(ada.userId()));
        UUID task =
                RhythmMother.id(mvc, bob, "/partnerships/" + bobs + "/commitments", """
                {"what":"Ada reviews","ownerSide":"US","ownerId":"%s","dueOn":"%s"}""".formatted(adaThere, day(-1)));
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("Informal")))
                .andExpect(content().string(containsString("Bobs Co")))
                .andExpect(content().string(containsString("Ada reviews")));
        mvc.perform(post("/w/" + ada.workspaceId() + "/commitments/" + task + "/status")
                        .with(session)
                        .with(csrf())
                        .param("status", "DONE")
                        .param("back", "my-week"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(session)).andExpect(content().string(not(containsString("Ada reviews"))));
    }

    @Test
    void anotherWorkspacesWeekIsNotFound() throws Exception {
        UUID mine = RhythmMother.partnership(mvc, ada, "Secret Ltd");
        meeting(mine, "CHECK_IN", 0);
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        var eveSession = WebSessions.logIn(mvc, eve);
        mvc.perform(get(page).with(eveSession)).andExpect(status().isNotFound());
        mvc.perform(get("/w/" + eve.workspaceId() + "/my-week").with(eveSession))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Secret Ltd"))));
    }

    private void meeting(UUID partnership, String type, int daysFromNow) throws Exception {
        var start = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(daysFromNow)
                .truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(json(post(ada.workspacePath("/partnerships/" + partnership + "/meetings")), """
                {"type":"%s","startsAt":"%s","endsAt":"%s","timeZone":"UTC"}""".formatted(
                                        type, start, start.plusMinutes(30)))
                        .with(ada.bearer()))
                .andExpect(status().isCreated());
    }

    private String day(int fromToday) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(fromToday)
                .toString();
    }
}
