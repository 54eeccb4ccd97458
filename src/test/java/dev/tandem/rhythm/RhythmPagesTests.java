package dev.tandem.rhythm;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The meetings and commitments pages, whole and as htmx fragments. */
@TandemTest
class RhythmPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void onlyAnHttpAddressInThePlaceFieldBecomesAJoinLink() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        var session = WebSessions.logIn(mvc, ada);
        String w = "/w/" + ada.workspaceId();
        String scripted = plan(session, w, acme, "javascript:alert(1)");
        mvc.perform(get(scripted).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("· javascript:alert(1)")))
                .andExpect(content().string(not(containsString("href=\"javascript:"))));
        String video = plan(session, w, acme, "http://meet.example/acme");
        mvc.perform(get(video).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"http://meet.example/acme\"")));
    }

    private String plan(RequestPostProcessor session, String w, UUID acme, String place) throws Exception {
        return mvc.perform(post(w + "/partnerships/" + acme + "/meetings")
                        .with(session)
                        .with(csrf())
                        .param("type", "CHECK_IN")
                        .param("startsAt", "2030-03-01T10:00")
                        .param("endsAt", "2030-03-01T11:00")
                        .param("timeZone", "UTC")
                        .param("place", place))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void runningAMeetingSavesAsYouGo() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        UUID ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        var session = WebSessions.logIn(mvc, ada);
        String w = "/w/" + ada.workspaceId();
        mvc.perform(get(w + "/partnerships/" + acme).with(session))
                .andExpect(content().string(containsString(w + "/partnerships/" + acme + "/meetings")));
        mvc.perform(post(w + "/partnerships/" + acme + "/meetings")
                        .with(session)
                        .with(csrf())
                        .param("type", "CHECK_IN")
                        .param("startsAt", "2030-03-01T11:00")
                        .param("endsAt", "2030-03-01T10:00")
                        .param("timeZone", "Europe/Rome"))
                .andExpect(redirectedUrl(w + "/partnerships/" + acme + "/meetings"));
        String location = mvc.perform(post(w + "/partnerships/" + acme + "/meetings")
                        .with(session)
                        .with(csrf())
                        .param("type", "CHECK_IN")
                        .param("startsAt", "2030-03-01T10:00")
                        .param("endsAt", "2030-03-01T11:00")
                        .param("timeZone", "Europe/Rome")
                        .param("agenda", "Budget\nNext steps"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Listen first")))
                .andExpect(content().string(containsString("Next steps")))
                .andExpect(content().string(containsString("Ana")));
        mvc.perform(post(location + "/minutes")
                        .with(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("notes", "They feel heard"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saved.")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post(location + "/attendance")
                        .with(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("participantId", ana.toString())
                        .param("status", "ATTENDED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("selected")));
        mvc.perform(post(location + "/action-items")
                        .with(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("what", "Send minutes")
                        .param("ownerSide", "US")
                        .param("dueOn", "2030-03-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Send minutes")));
        mvc.perform(get(location).with(session)).andExpect(content().string(containsString("They feel heard")));

        mvc.perform(get(w + "/partnerships/" + acme + "/meetings").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check-in")));
        mvc.perform(get(w + "/partnerships/" + acme + "/commitments").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Send minutes")))
                .andExpect(content().string(containsString("Nothing was due yet.")));
        mvc.perform(get(w + "/commitments?status=open").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Send minutes")));
    }

    @Test
    void attendanceOfSomeoneWhoIsNotAParticipantIsRefusedInPlace() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        UUID other = RhythmMother.partnership(mvc, ada, "Other");
        UUID stranger = RhythmMother.theirParticipant(mvc, ada, other, "Stranger");
        UUID meeting = RhythmMother.meeting(mvc, ada, acme, "CHECK_IN", "2030-03-01T10:00", "2030-03-01T11:00");
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/w/" + ada.workspaceId() + "/meetings/" + meeting + "/attendance")
                        .with(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("participantId", stranger.toString())
                        .param("status", "ATTENDED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("This person is not a participant of the partnership.")));
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting + "/attendance"))
                        .with(ada.bearer()))
                .andExpect(content().string(not(containsString("ATTENDED"))));
    }

    @Test
    void commitmentsNameTheirOwnerAndTheWorkspaceListGroupsThemBySideAndOwner() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        UUID ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        UUID us = RhythmMother.ourParticipant(mvc, ada, acme);
        var session = WebSessions.logIn(mvc, ada);
        String w = "/w/" + ada.workspaceId();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        mvc.perform(get(w + "/partnerships/" + acme + "/commitments").with(session))
                .andExpect(content().string(containsString("name=\"ownerId\"")))
                .andExpect(content().string(containsString(ana.toString())));
        mvc.perform(post(w + "/partnerships/" + acme + "/commitments")
                        .with(session)
                        .with(csrf())
                        .param("what", "Mismatch")
                        .param("ownerSide", "US")
                        .param("ownerId", ana.toString())
                        .param("dueOn", today))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "rhythm.commitment.owner"));
        mvc.perform(post(w + "/partnerships/" + acme + "/commitments")
                        .with(session)
                        .with(csrf())
                        .param("what", "Bad date")
                        .param("ownerSide", "US")
                        .param("dueOn", "next Friday"))
                .andExpect(flash().attribute("problem", "rhythm.date.invalid"));
        mvc.perform(post(w + "/partnerships/" + acme + "/commitments")
                        .with(session)
                        .with(csrf())
                        .param("what", "Intro")
                        .param("ownerSide", "THEM")
                        .param("ownerId", ana.toString())
                        .param("dueOn", today))
                .andExpect(flash().attribute("notice", "rhythm.commitments.added"));
        mvc.perform(post(w + "/partnerships/" + acme + "/commitments")
                        .with(session)
                        .with(csrf())
                        .param("what", "Slides")
                        .param("ownerSide", "US")
                        .param("ownerId", us.toString())
                        .param("dueOn", today))
                .andExpect(flash().attribute("notice", "rhythm.commitments.added"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/commitments"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(2));

        mvc.perform(get(w + "/commitments").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What we owe")))
                .andExpect(content().string(containsString("What they owe")))
                .andExpect(content().string(containsString("Ana")))
                .andExpect(content().string(containsString("Slides")))
                .andExpect(content().string(containsString("Overdue and due this week")));
        mvc.perform(get(w + "/commitments?side=THEM").with(session))
                .andExpect(content().string(not(containsString("Slides"))))
                .andExpect(content().string(containsString("Intro")));
        mvc.perform(get(w + "/commitments?status=overdue").with(session))
                .andExpect(content().string(containsString("Nothing here.")));
    }
}
