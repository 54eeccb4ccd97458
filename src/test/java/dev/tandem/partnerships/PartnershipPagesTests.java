package dev.tandem.partnerships;

import static dev.tandem.partnerships.PartnershipMother.partnership;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The partnership pages as a browser uses them: list and live search, forms, the hub and its actions. */
@TandemTest
class PartnershipPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;
    RequestPostProcessor session;
    String base;

    @BeforeEach
    void signedIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        base = "/w/" + ada.workspaceId() + "/partnerships";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEmptyPortfolioSaysWhatToDo() throws Exception {
        mvc.perform(get(base).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No partnerships yet")))
                .andExpect(content().string(containsString("New partnership")));
        mvc.perform(get(base + "/losing-touch").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Everyone is in touch")));
    }

    @Test
    void theListIsAWholePageOrJustTheResultsForHtmx() throws Exception {
        partnership("Acme Labs").kind("VENDOR").create(mvc, ada);
        partnership("Zenith").create(mvc, ada);

        mvc.perform(get(base).param("q", "acme").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("role=\"search\"")))
                .andExpect(content().string(containsString("Acme Labs")))
                .andExpect(content().string(not(containsString("Zenith"))));
        mvc.perform(get(base).param("q", "zen").header("HX-Request", "true").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(startsWith("<div id=\"partnership-results\"")))
                .andExpect(content().string(containsString("Zenith")))
                .andExpect(content().string(not(containsString("Acme Labs"))));
        mvc.perform(get(base)
                        .param("kind", "MENTOR")
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(content().string(containsString("No partnership matches these filters.")));
    }

    @Test
    void theFormShowsWhatIsWrongNextToEachFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(get(base + "/new").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check-in cadence")));
        mvc.perform(post(base)
                        .with(csrf())
                        .with(session)
                        .param("name", "")
                        .param("kind", "VENDOR")
                        .param("stage", "EXPLORING")
                        .param("purpose", "Kept text")
                        .param("cadenceIdealDays", "0")
                        .param("cadenceMaxDays", "30")
                        .param("visibility", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("Must be at least 1.")))
                .andExpect(content().string(containsString("Kept text")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post(base)
                        .with(csrf())
                        .with(session)
                        .param("name", "")
                        .param("kind", "VENDOR")
                        .param("stage", "EXPLORING")
                        .param("cadenceIdealDays", "20")
                        .param("cadenceMaxDays", "10")
                        .param("visibility", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("The maximum interval must be at least the ideal one")));
        mvc.perform(get(base).with(session)).andExpect(content().string(containsString("No partnerships yet")));
    }

    @Test
    void aPartnershipIsCreatedOnTheFormAndItsHubOffersTheNextMoves() throws Exception {
        String hub = mvc.perform(post(base)
                        .with(csrf())
                        .with(session)
                        .param("name", "Acme")
                        .param("kind", "MENTEE")
                        .param("stage", "COLLABORATING")
                        .param("ownerId", ada.userId().toString())
                        .param("values", "equity, craft")
                        .param("cadenceIdealDays", "14")
                        .param("cadenceMaxDays", "30")
                        .param("visibility", "SHARED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith(base + "/")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(hub).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mentee")))
                .andExpect(content().string(containsString("Move to Partnering")))
                .andExpect(content().string(containsString("Move to Dormant")))
                .andExpect(content().string(containsString("Move to Winding down")))
                .andExpect(content().string(not(containsString("Move to Ended"))))
                .andExpect(content().string(containsString("craft")))
                .andExpect(content().string(containsString("Partnership “Acme” created")));

        mvc.perform(post(hub + "/stage")
                        .with(csrf())
                        .with(session)
                        .param("stage", "PARTNERING")
                        .param("reason", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(hub + "/stage")
                        .with(csrf())
                        .with(session)
                        .param("stage", "ENDED")
                        .param("reason", "Skip"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(hub + "/stage")
                        .with(csrf())
                        .with(session)
                        .param("stage", "PARTNERING")
                        .param("reason", "Trust built"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(hub + "/notes")
                        .with(csrf())
                        .with(session)
                        .param("body", "Lovely call")
                        .param("visibility", "SHARED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(hub + "/participants")
                        .with(csrf())
                        .with(session)
                        .param("userId", ada.userId().toString())
                        .param("role", "Mentor"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(hub).with(session))
                .andExpect(content().string(containsString("Trust built")))
                .andExpect(content().string(containsString("Lovely call")))
                .andExpect(content().string(containsString("Moved to Partnering: Trust built")))
                .andExpect(content().string(containsString("Ada joined “Acme” on our side as Mentor")))
                .andExpect(content().string(containsString("Last contacted on")));
    }

    @Test
    void aRefusedMoveIsExplainedOnTheHub() throws Exception {
        UUID id = partnership("Acme").create(mvc, ada);
        var result = mvc.perform(post(base + "/" + id + "/stage")
                        .with(csrf())
                        .with(session)
                        .param("stage", "ENDED")
                        .param("reason", "Too soon"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get(base + "/" + id).with(session).flashAttrs(result.getFlashMap()))
                .andExpect(content().string(containsString("A partnership cannot move from Exploring to Ended.")));
    }

    @Test
    void theTimelineLoadsMoreInPlaceForHtmx() throws Exception {
        UUID id = partnership("Acme").create(mvc, ada);
        mvc.perform(get(base + "/" + id + "/timeline")
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Partnership “Acme” created")));
        mvc.perform(get(base + "/" + id + "/timeline").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("role=\"tablist\"")));
    }

    @Test
    void losingTouchShowsDueAndOverduePartnerships() throws Exception {
        partnership("Quick").cadence(1, 2).create(mvc, ada);
        partnership("Slow").cadence(60, 90).create(mvc, ada);
        clock.advance(Duration.ofDays(3));
        mvc.perform(get(base + "/losing-touch").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quick")))
                .andExpect(content().string(containsString("cadence-OVERDUE")))
                .andExpect(content().string(not(containsString("Slow"))));
    }

    @Test
    void anotherUsersSessionGets404OnEveryPage() throws Exception {
        UUID id = partnership("Acme").create(mvc, ada);
        var eve = WebSessions.logIn(mvc, TestUsers.signUp(mvc, "Eve"));
        String one = base + "/" + id;
        for (String page :
                new String[] {base, base + "/losing-touch", base + "/new", one, one + "/edit", one + "/timeline"}) {
            mvc.perform(get(page).with(eve)).andExpect(status().isNotFound());
        }
        for (String action : new String[] {
            base, one + "/edit", one + "/delete", one + "/stage", one + "/notes", one + "/participants"
        }) {
            mvc.perform(post(action)
                            .with(csrf())
                            .with(eve)
                            .param("stage", "DORMANT")
                            .param("reason", "x")
                            .param("body", "x")
                            .param("userId", UUID.randomUUID().toString())
                            .param("role", "x")
                            .param("name", "x")
                            .param("kind", "VENDOR"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(one).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Moved to"))));
    }
}
