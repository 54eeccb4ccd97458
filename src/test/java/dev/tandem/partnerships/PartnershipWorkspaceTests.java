package dev.tandem.partnerships;

import static dev.tandem.partnerships.PartnershipMother.partnership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import dev.tandem.shared.web.PartnershipTabs;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A partnership's page as a workspace of tabs, its overview, and the board of partnerships by stage. */
@TandemTest
class PartnershipWorkspaceTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor session;
    String base;

    @BeforeEach
    void signedIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        base = "/w/" + ada.workspaceId() + "/partnerships";
    }

    @ParameterizedTest
    @ValueSource(strings = {"overview", "goals", "meetings", "commitments", "health", "timeline"})
    void eachTabIsAWholePageOfItsOwnOrJustTheWorkspaceForHtmx(String tab) throws Exception {
        UUID acme = partnership("Acme Labs").create(mvc, ada);
        String url = base + "/" + acme + (tab.equals("overview") ? "" : "/" + tab);
        String selected = "(?s).*id=\"tab-" + tab + "\"[^>]*aria-selected=\"true\".*";

        mvc.perform(get(url).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("role=\"tablist\"")))
                .andExpect(content().string(containsString("role=\"tabpanel\"")))
                .andExpect(content().string(containsString("href=\"#partnership-tabs\"")))
                .andExpect(content().string(containsString("Skip to the tabs")))
                .andExpect(content().string(matchesRegex(selected)))
                .andExpect(content().string(containsString("<h1>Acme Labs</h1>")));
        mvc.perform(tabSwitch(get(url)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(startsWith("<div id=\"partnership-workspace\"")))
                .andExpect(content().string(matchesRegex(selected)))
                .andExpect(content().string(containsString("hx-push-url=\"true\"")));
        // The back button, once htmx's cache is gone, asks for the whole page again.
        mvc.perform(tabSwitch(get(url)).header("HX-History-Restore-Request", "true"))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void otherHtmxRequestsOfATabStillGetTheirOwnFragment() throws Exception {
        UUID acme = partnership("Acme Labs").create(mvc, ada);
        mvc.perform(get(base + "/" + acme + "/goals")
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(content().string(startsWith("<div class=\"goal-main\" id=\"goals\"")));
        mvc.perform(get(base + "/" + acme + "/timeline")
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(content().string(not(containsString("role=\"tablist\""))))
                .andExpect(content().string(containsString("Partnership “Acme Labs” created")));
    }

    @Test
    void theOverviewSummarisesTheRhythmTheGoalsAndTheLatestOnTheTimeline() throws Exception {
        UUID acme = partnership("Acme Labs").create(mvc, ada);
        LocalDate today = LocalDate.now();
        RhythmMother.commitment(
                mvc, ada, acme, "Send the draft", "US", today.plusDays(3).toString());
        RhythmMother.commitment(
                mvc, ada, acme, "Share the data", "THEM", today.plusDays(5).toString());
        RhythmMother.commitment(
                mvc, ada, acme, "Book the room", "THEM", today.plusDays(6).toString());
        RhythmMother.meeting(mvc, ada, acme, "CHECK_IN", today.plusDays(2) + "T10:00", today.plusDays(2) + "T11:00");
        RhythmMother.id(mvc, ada, "/partnerships/" + acme + "/goals", """
                {"title":"Launch the pilot","dueOn":"2099-12-31"}""");

        mvc.perform(get(base + "/" + acme).with(session))
                .andExpect(content().string(containsString("/partnerships/" + acme + "/rhythm/summary")))
                .andExpect(content().string(containsString("/partnerships/" + acme + "/goals/summary")))
                .andExpect(content().string(containsString("/partnerships/" + acme + "/health/summary")))
                .andExpect(content().string(containsString("Latest on the timeline")));
        mvc.perform(get(base + "/" + acme + "/rhythm/summary")
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Next meeting")))
                .andExpect(content().string(containsString("Check-in")))
                .andExpect(content().string(matchesRegex("(?s).*<dt>Us</dt>\\s*<dd>\\s*<span>1 open</span>.*")))
                .andExpect(content().string(matchesRegex("(?s).*<dt>Them</dt>\\s*<dd>\\s*<span>2 open</span>.*")))
                .andExpect(content().string(containsString("Nothing was due yet.")));
        mvc.perform(get(base + "/" + acme + "/goals/summary")
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Launch the pilot")))
                .andExpect(content().string(containsString("No key results yet.")));
    }

    @Test
    void theBoardShowsEachPartnershipInTheColumnOfItsStageWithTheListsFilters() throws Exception {
        partnership("Acme Labs").kind("VENDOR").create(mvc, ada);
        partnership("Zenith").stage("COLLABORATING").create(mvc, ada);
        partnership("Orbit").kind("VENDOR").stage("PARTNERING").create(mvc, ada);

        String board = mvc.perform(get(base + "/board").with(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(column(board, "EXPLORING")).contains("Acme Labs").doesNotContain("Zenith", "Orbit");
        assertThat(column(board, "COLLABORATING")).contains("Zenith").doesNotContain("Acme Labs", "Orbit");
        assertThat(column(board, "PARTNERING")).contains("Orbit").doesNotContain("Acme Labs", "Zenith");
        assertThat(column(board, "DORMANT")).contains("None at this stage.");

        String vendors = mvc.perform(
                        get(base + "/board").param("kind", "VENDOR").with(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(vendors)
                .contains("Acme Labs", "Orbit", "href=\"/w/" + ada.workspaceId() + "/partnerships?kind=VENDOR\"");
        assertThat(column(vendors, "COLLABORATING")).doesNotContain("Zenith");

        mvc.perform(get(base).param("kind", "VENDOR").with(session))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/w/" + ada.workspaceId() + "/partnerships/board?kind=VENDOR\"")));
    }

    @Test
    void movingACardAsksWhyAndComesBackToTheBoard() throws Exception {
        UUID acme = partnership("Acme Labs").kind("VENDOR").create(mvc, ada);
        String board = mvc.perform(get(base + "/board").param("kind", "VENDOR").with(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(column(board, "EXPLORING"))
                .contains("Move to Collaborating", "Why this move?", "name=\"from\" value=\"kind=VENDOR\"");

        mvc.perform(post(base + "/" + acme + "/stage")
                        .with(csrf())
                        .with(session)
                        .param("stage", "COLLABORATING")
                        .param("reason", "")
                        .param("from", "kind=VENDOR"))
                .andExpect(redirectedUrl(base + "/board?kind=VENDOR"))
                .andExpect(flash().attribute("problem", "partnerships.problem.required"));
        assertThat(column(boardPage(), "EXPLORING")).contains("Acme Labs");

        mvc.perform(post(base + "/" + acme + "/stage")
                        .with(csrf())
                        .with(session)
                        .param("stage", "COLLABORATING")
                        .param("reason", "The pilot has started")
                        .param("from", "kind=VENDOR"))
                .andExpect(redirectedUrl(base + "/board?kind=VENDOR"));
        assertThat(column(boardPage(), "COLLABORATING")).contains("Acme Labs");

        mvc.perform(post(base + "/" + acme + "/stage")
                        .with(csrf())
                        .with(session)
                        .param("stage", "PARTNERING")
                        .param("reason", "Both sides invest")
                        .param("from", "https://evil.example/"))
                .andExpect(redirectedUrl(base + "/board"));
    }

    @Test
    void thePurposeIsEditedInPlaceAndAChangeMadeMeanwhileIsShownNotLost() throws Exception {
        UUID acme = partnership("Acme Labs").purpose("Grow together").create(mvc, ada);
        String url = base + "/" + acme + "/purpose";
        mvc.perform(get(base + "/" + acme).with(session))
                .andExpect(content().string(containsString("hx-get=\"" + url + "/edit\"")));
        String form = mvc.perform(
                        get(url + "/edit").header("HX-Request", "true").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<form id=\"partnership-purpose\"")))
                .andExpect(content().string(containsString("Grow together")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(version.find()).isTrue();

        mvc.perform(post(url)
                        .with(csrf())
                        .with(session)
                        .header("HX-Request", "true")
                        .param("purpose", "Ship the pilot")
                        .param("version", version.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"partnership-purpose\"")))
                .andExpect(content().string(containsString("Purpose saved.")))
                .andExpect(content().string(containsString("Ship the pilot")));
        mvc.perform(post(url)
                        .with(csrf())
                        .with(session)
                        .header("HX-Request", "true")
                        .param("purpose", "Something else")
                        .param("version", version.group(1)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed-meanwhile")))
                .andExpect(content().string(containsString("Something else")));
        mvc.perform(get(base + "/" + acme).with(session))
                .andExpect(content().string(containsString("Ship the pilot")))
                .andExpect(content().string(not(containsString("Something else"))));
        mvc.perform(get(url + "/edit").with(session)).andExpect(redirectedUrl(base + "/" + acme + "/edit"));
        mvc.perform(post(url)
                        .with(csrf())
                        .with(session)
                        .header("HX-Request", "true")
                        .param("purpose", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Use at most 2,000 characters.")));
    }

    private String boardPage() throws Exception {
        return mvc.perform(get(base + "/board").with(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder tabSwitch(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true")
                .header("HX-Target", PartnershipTabs.TARGET)
                .with(session);
    }

    private static String column(String board, String stage) {
        int start = board.indexOf("id=\"col-" + stage + "\"");
        assertThat(start).as("the column of " + stage).isPositive();
        return board.substring(start, board.indexOf("</section>", start));
    }
}
