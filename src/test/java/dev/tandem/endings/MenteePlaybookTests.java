package dev.tandem.endings;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The mentee playbook end to end through HTTP: the recap pulls in goals and milestones, introductions are suggested
 * by department and tags and chosen, the drafts in en/it/es carry the facts, and finishing leaves a progress update
 * reminder every N months on My week and in the calendar feed. Refusals write nothing; another workspace sees none.
 */
@TandemTest
class MenteePlaybookTests {

    private static final Pattern FEED_PATH = Pattern.compile("(/calendar/[A-Za-z0-9_-]+\\.ics)$");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;
    EndingFixtures data;
    String giulia;
    String marta;
    String luca;
    String mentoring;

    @BeforeEach
    void mentee() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new EndingFixtures(mvc, ada);
        giulia = data.create("/contacts", """
                {"displayName":"Giulia Neri","givenName":"Giulia","emails":["giulia@example.org"],"phones":[],
                 "department":"Support","tags":["ml","writing"],"preferredLanguage":"it"}""");
        marta = data.create("/contacts", """
                {"displayName":"Marta Bianchi","emails":[],"phones":[],"department":"Research","tags":["ml"]}""");
        luca = data.create("/contacts", """
                {"displayName":"Luca Verdi","emails":[],"phones":[],"department":"Support","tags":[]}""");
        mentoring = data.create("/partnerships", """
                {"name":"Mentoring Giulia","kind":"MENTEE","contactId":"%s"}""".formatted(giulia));
        String goal = data.create(
                "/partnerships/" + mentoring + "/goals",
                "{\"title\":\"First conference talk\",\"dueOn\":\"2099-12-31\"}");
        mvc.perform(json(patch(ada.workspacePath("/goals/" + goal)), "{\"status\":\"ACHIEVED\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        data.create("/partnerships/" + mentoring + "/milestones", """
                {"title":"Led the support rota","reachedOn":"%s","contributors":[]}""".formatted(
                        LocalDate.now(ZoneOffset.UTC).minusDays(10)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theMenteePlaybookRecapsIntroducesDraftsAndLeavesAProgressUpdateEveryThreeMonths() throws Exception {
        String run = data.create("/partnerships/" + mentoring + "/playbook-runs", "{\"playbook\":\"MENTEE\"}");
        String path = ada.workspacePath("/playbook-runs/" + run);
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.steps", hasSize(5)))
                .andExpect(jsonPath("$.steps[3].key").value("introductions"))
                .andExpect(jsonPath("$.facts.wins", hasItem("First conference talk")))
                .andExpect(jsonPath("$.facts.milestones", hasItem("Led the support rota")))
                .andExpect(jsonPath("$.facts.language").value("it"));
        mvc.perform(get(path + "/introductions/suggestions").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Marta Bianchi"))
                .andExpect(jsonPath("$[0].detail").value("Research · ml"))
                .andExpect(jsonPath("$[*].name", not(hasItem("Giulia Neri"))))
                .andExpect(jsonPath("$[*].name", not(hasItem("Luca Verdi"))));

        mvc.perform(json(
                                put(path + "/steps/1"),
                                "{\"checked\":[\"challengesWritten\"],\"notes\":\"guidare il nuovo team di analisi.\"}")
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk());
        mvc.perform(json(
                                put(path + "/steps/2"),
                                "{\"checked\":[\"whyWritten\"],\"notes\":\"Un ambiente nuovo ti darà più spazio.\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes").value("guidare il nuovo team di analisi."))
                .andExpect(jsonPath("$.why").value("Un ambiente nuovo ti darà più spazio."));
        mvc.perform(json(put(path + "/steps/3"), """
                        {"checked":["introductionsChosen"],"introductions":["%s"]}""".formatted(marta)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.introductions[0].name").value("Marta Bianchi"))
                .andExpect(jsonPath("$.introductions[0].kind").value("CONTACT"));

        mvc.perform(get(path + "/draft").with(ada.bearer()))
                .andExpect(jsonPath("$.language").value("it"))
                .andExpect(jsonPath("$.to").value("giulia@example.org"))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Ciao Giulia",
                                "First conference talk",
                                "Led the support rota",
                                "guidare il nuovo team di analisi.",
                                "Un ambiente nuovo ti darà più spazio.",
                                "presentarti Marta Bianchi (Research · ml)",
                                "ogni 3 mesi",
                                "Ada")));
        mvc.perform(get(path + "/draft").param("language", "en").with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Dear Giulia",
                                "First conference talk",
                                "Led the support rota",
                                "introduce you to Marta Bianchi",
                                "progress update every 3 months")));
        mvc.perform(get(path + "/draft").param("language", "es").with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Hola, Giulia:",
                                "First conference talk",
                                "presentarte a Marta Bianchi",
                                "cada 3 meses")));

        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"Ready for her own team\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finished").value(true));
        mvc.perform(get(ada.workspacePath("/partnerships/" + mentoring)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("ENDED"));

        var session = WebSessions.logIn(mvc, ada);
        String week = "/w/" + ada.workspaceId() + "/my-week";
        String reminder = "Ask Mentoring Giulia for a progress update";
        mvc.perform(get(week).with(session)).andExpect(content().string(not(containsString(reminder))));
        clock.advance(Duration.ofDays(88));
        mvc.perform(get(week).with(session)).andExpect(content().string(containsString(reminder)));
        clock.advance(Duration.ofDays(30));
        mvc.perform(get(week).with(session)).andExpect(content().string(not(containsString(reminder))));
        clock.advance(Duration.ofDays(60));
        // The next occurrence, three months after the first.
        mvc.perform(get(week).with(session)).andExpect(content().string(containsString(reminder)));

        String feed =
                mvc.perform(get(newFeed(session))).andReturn().getResponse().getContentAsString();
        ICalendar ical = Biweekly.parse(feed).first();
        VEvent event = ical.getEvents().stream()
                .filter(e -> e.getSummary().getValue().equals(reminder))
                .findFirst()
                .orElseThrow(() -> new AssertionError(feed));
        assertThat(event.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(event.getRecurrenceRule().getValue().getInterval()).isEqualTo(3);
        assertThat(event.getDateStart().getValue().hasTime()).isFalse();
    }

    @Test
    void badIntroductionsAre400AndWriteNothing() throws Exception {
        String run = data.create("/partnerships/" + mentoring + "/playbook-runs", "{\"playbook\":\"MENTEE\"}");
        String path = ada.workspacePath("/playbook-runs/" + run);
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        String theirs = new EndingFixtures(mvc, eve).contact("Zed Other", "en");
        for (String body : new String[] {
            "{\"introductions\":[\"%s\"]}".formatted(theirs),
            "{\"introductions\":[\"%s\"]}".formatted(giulia),
            "{\"introductions\":[\"not-a-uuid\"]}"
        }) {
            mvc.perform(json(put(path + "/steps/3"), body).with(ada.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
        }
        mvc.perform(json(put(path + "/steps/1"), "{\"introductions\":[\"%s\"]}".formatted(marta))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"Ok\",\"followUpMonths\":0}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.introductions", hasSize(0)))
                .andExpect(jsonPath("$.finished").value(false));

        String elsewhere = "/api/v1/workspaces/" + eve.workspaceId() + "/playbook-runs/" + run;
        mvc.perform(get(elsewhere + "/introductions/suggestions").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(put(elsewhere + "/steps/3"), "{\"introductions\":[\"%s\"]}".formatted(theirs))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStepperShowsTheSuggestionsAndSavesTheChoice() throws Exception {
        String run = data.create("/partnerships/" + mentoring + "/playbook-runs", "{\"playbook\":\"MENTEE\"}");
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/playbook-runs/" + run;
        mvc.perform(get(page).param("step", "3").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Marta Bianchi"), containsString("Research"))));
        mvc.perform(post(page + "/steps/3")
                        .param("version", "0")
                        .param("checked", "introductionsChosen")
                        .param("introduce", marta)
                        .param("next", "1")
                        .with(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).param("step", "4").with(session))
                .andExpect(content().string(containsString("Marta Bianchi")));
        mvc.perform(get(ada.workspacePath("/playbook-runs/" + run)).with(ada.bearer()))
                .andExpect(jsonPath("$.introductions[0].name").value("Marta Bianchi"));
    }

    private String newFeed(RequestPostProcessor session) throws Exception {
        var result = mvc.perform(post("/calendar/feed").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String url = (String) Objects.requireNonNull(result.getFlashMap().get("feedUrl"));
        var matcher = FEED_PATH.matcher(url);
        assertThat(matcher.find()).as(url).isTrue();
        return matcher.group(1);
    }
}
