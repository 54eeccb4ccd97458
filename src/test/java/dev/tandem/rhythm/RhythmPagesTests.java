package dev.tandem.rhythm;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The meetings and commitments pages, whole and as htmx fragments. */
@TandemTest
class RhythmPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void runningAMeetingSavesAsYouGo() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        UUID ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        var session = WebSessions.logIn(mvc, ada);
        String w = "/w/" + ada.workspaceId();
        mvc.perform(get(w + "/partnerships/" + acme).with(session))
                .andExpect(content().string(containsString(w + "/partnerships/" + acme + "/meetings")));
        mvc.perform(post(w + "/partnerships/" + acme + "/meetings").with(session).with(csrf())
                        .param("type", "CHECK_IN").param("startsAt", "2030-03-01T11:00").param("endsAt", "2030-03-01T10:00")
                        .param("timeZone", "Europe/Rome"))
                .andExpect(redirectedUrl(w + "/partnerships/" + acme + "/meetings"));
        String location = mvc.perform(post(w + "/partnerships/" + acme + "/meetings").with(session).with(csrf())
                        .param("type", "CHECK_IN").param("startsAt", "2030-03-01T10:00").param("endsAt", "2030-03-01T11:00")
                        .param("timeZone", "Europe/Rome").param("agenda", "Budget\nNext steps"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Listen first")))
                .andExpect(content().string(containsString("Next steps")))
                .andExpect(content().string(containsString("Ana")));
        mvc.perform(post(location + "/minutes").with(session).with(csrf()).header("HX-Request", "true")
                        .param("notes", "They feel heard"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saved.")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post(location + "/attendance").with(session).with(csrf()).header("HX-Request", "true")
                        .param("participantId", ana.toString()).param("status", "ATTENDED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("selected")));
        mvc.perform(post(location + "/action-items").with(session).with(csrf()).header("HX-Request", "true")
                        .param("what", "Send minutes").param("ownerSide", "US").param("dueOn", "2030-03-02"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Send minutes")));
        mvc.perform(get(location).with(session)).andExpect(content().string(containsString("They feel heard")));

        mvc.perform(get(w + "/partnerships/" + acme + "/meetings").with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Check-in")));
        mvc.perform(get(w + "/partnerships/" + acme + "/commitments").with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Send minutes")))
                .andExpect(content().string(containsString("Nothing was due yet.")));
        mvc.perform(get(w + "/commitments?status=open").with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Send minutes")));
    }
}
