package dev.tandem.rhythm;

import static org.hamcrest.Matchers.contains;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The agenda on the run-a-meeting page: added, renamed and removed as you go, refusals inline, nothing written. */
@TandemTest
class AgendaPagesTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor session;
    UUID meeting;
    String run;

    @BeforeEach
    void aCheckIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        meeting = RhythmMother.meeting(mvc, ada, acme, "CHECK_IN", "2030-03-01T10:00", "2030-03-01T11:00");
        run = "/w/" + ada.workspaceId() + "/meetings/" + meeting;
    }

    @Test
    void itemsAreAddedRenamedAndRemovedAsFragments() throws Exception {
        mvc.perform(get(run).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"meeting-agenda\"")))
                .andExpect(content().string(containsString("New agenda item")));
        htmx(post(run + "/agenda").param("title", "  Budget  "))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("value=\"Budget\"")))
                .andExpect(content().string(containsString("autofocus")));
        htmx(post(run + "/agenda").param("title", "Next steps")).andExpect(status().isOk());
        htmx(post(run + "/agenda/1").param("was", "Budget").param("title", "Budget 2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Budget 2031\"")));
        agenda().andExpect(jsonPath("$.agenda[*].title")
                .value(contains(
                        "Listen first: each side says how the partnership feels, before any problem-solving",
                        "Budget 2031",
                        "Next steps")));
        htmx(post(run + "/agenda/0/delete").param("was", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Listen first"))));
        agenda().andExpect(jsonPath("$.agenda[*].title").value(contains("Budget 2031", "Next steps")));

        mvc.perform(post(run + "/agenda").with(session).with(csrf()).param("title", "Without htmx"))
                .andExpect(redirectedUrl(run));
        agenda().andExpect(jsonPath("$.agenda[2].title").value("Without htmx"));
    }

    @Test
    void badInputIsShownNextToItsItemAndNothingIsWritten() throws Exception {
        htmx(post(run + "/agenda").param("title", "Budget")).andExpect(status().isOk());
        htmx(post(run + "/agenda").param("title", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"agenda-new-error\"")))
                .andExpect(content().string(containsString("This field is required.")));
        htmx(post(run + "/agenda").param("title", "x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Use at most 200 characters.")));
        htmx(post(run + "/agenda/1").param("was", "Budget").param("title", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"agenda-1-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        htmx(post(run + "/agenda/1").param("was", "Someone else's").param("title", "Mine"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The agenda was changed meanwhile.")));
        htmx(post(run + "/agenda/7/delete").param("was", "Budget")).andExpect(status().isConflict());
        htmx(post(run + "/agenda/0").param("was", "").param("title", "Renamed round"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The listen-first round has no title to change.")));
        mvc.perform(post(run + "/agenda").with(session).with(csrf()).param("title", ""))
                .andExpect(redirectedUrl(run))
                .andExpect(flash().attribute("problem", "validation.required"));
        agenda().andExpect(jsonPath("$.agenda.length()").value(2))
                .andExpect(jsonPath("$.agenda[1].title").value("Budget"));
    }

    @Test
    void anotherWorkspaceCannotTouchTheAgendaAndAViewerCannotWrite() throws Exception {
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        var eveSession = WebSessions.logIn(mvc, eve);
        for (String path : new String[] {"/agenda", "/agenda/0", "/agenda/0/delete"}) {
            mvc.perform(post(run + path)
                            .with(eveSession)
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("title", "Stolen")
                            .param("was", ""))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/w/" + eve.workspaceId() + "/meetings/" + meeting + path)
                            .with(eveSession)
                            .with(csrf())
                            .param("title", "Stolen")
                            .param("was", ""))
                    .andExpect(status().isNotFound());
        }
        SignedUp vic = TestUsers.signUp(mvc, "Vic");
        TestUsers.addMember(mvc, ada, vic, "VIEWER");
        mvc.perform(post(run + "/agenda")
                        .with(WebSessions.logIn(mvc, vic))
                        .with(csrf())
                        .param("title", "Viewed"))
                .andExpect(status().isForbidden());
        agenda().andExpect(jsonPath("$.agenda.length()").value(1));
    }

    private ResultActions htmx(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(session).with(csrf()).header("HX-Request", "true"));
    }

    private ResultActions agenda() throws Exception {
        return mvc.perform(get(ada.workspacePath("/meetings/" + meeting)).with(ada.bearer()))
                .andExpect(status().isOk());
    }
}
