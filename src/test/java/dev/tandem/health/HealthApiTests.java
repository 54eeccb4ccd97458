package dev.tandem.health;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The health index through HTTP: kept current by changes, advanced by the daily job, explained, configurable. */
@TandemTest
class HealthApiTests {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    HealthDecay decay;

    @Autowired
    JdbcClient jdbc;

    SignedUp ada;
    UUID acme;
    UUID ana;

    @BeforeEach
    void partnershipWithTheirParticipant() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewPartnershipHasAScoreFromItsCadenceAloneAndSaysWhatIsMissing() throws Exception {
        health(acme)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(100))
                .andExpect(jsonPath("$.confidence").value(20))
                .andExpect(jsonPath("$.factors", hasSize(6)))
                .andExpect(jsonPath("$.factors[0].name").value("CADENCE"))
                .andExpect(jsonPath("$.factors[0].weight").value(20))
                .andExpect(
                        jsonPath("$.factors[0].evidence").value(containsString("the agreed cadence is every 14 days")))
                .andExpect(jsonPath("$.factors[3].name").value("SATISFACTION"))
                .andExpect(jsonPath("$.factors[3].score").doesNotExist())
                .andExpect(jsonPath("$.factors[3].evidence").value("No pulse surveys yet."))
                .andExpect(jsonPath("$.missing", hasSize(5)))
                .andExpect(jsonPath("$.signals", hasSize(0)))
                .andExpect(jsonPath("$.trend", hasSize(12)))
                .andExpect(jsonPath("$.trend[11].score").value(100));
    }

    @Test
    void aPartnerAbsentTwiceIsDisengagingWithItsEvidenceAndAStepToTake() throws Exception {
        heldMeeting(20, "ATTENDED");
        heldMeeting(13, "ABSENT");
        health(acme).andExpect(jsonPath("$.signals", hasSize(0)));
        heldMeeting(6, "ABSENT");

        var medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
        String dates = List.of(6, 13).stream()
                .map(d -> LocalDateTime.now(ROME).minusDays(d).toLocalDate().format(medium))
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
        health(acme)
                .andExpect(jsonPath("$.signals[0].type").value("PARTNER_DISENGAGING"))
                .andExpect(jsonPath("$.signals[0].severity").value("HIGH"))
                .andExpect(jsonPath("$.signals[0].evidence")
                        .value("Their side missed 2 of the last 3 meetings (on " + dates + ")."))
                .andExpect(jsonPath("$.signals[0].suggestion")
                        .value(containsString("ask how they feel about their involvement")))
                .andExpect(jsonPath("$.factors[2].name").value("ENGAGEMENT"))
                .andExpect(jsonPath("$.factors[2].score").value(33));
        String evidence = "Their side missed 2 of the last 3 meetings (on " + dates + ").";
        portfolio("")
                .andExpect(jsonPath("$.items[0].partnershipId").value(acme.toString()))
                .andExpect(jsonPath("$.items[0].topSignal.type").value("PARTNER_DISENGAGING"))
                .andExpect(jsonPath("$.items[0].topSignal.severity").value("HIGH"))
                .andExpect(jsonPath("$.items[0].topSignal.evidence").value(evidence))
                .andExpect(jsonPath("$.items[0].topSignal.suggestion").value(containsString("ask how they feel")));
        // a row written before lines kept their top signal in columns: read from its signals instead
        jdbc.sql(
                        "update health_scores set top_evidence = null, top_args = null, top_advice = null where partnership_id = :id")
                .param("id", acme)
                .update();
        portfolio("")
                .andExpect(jsonPath("$.items[0].topSignal.evidence").value(evidence))
                .andExpect(jsonPath("$.items[0].topSignal.suggestion").value(containsString("ask how they feel")));

        String email = TestUsers.uniqueEmail("chiara");
        String italian = mvc.perform(post("/api/v1/auth/signup")
                        .header("Accept-Language", "it")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email":"%s","password":"%s","displayName":"Chiara","workspaceName":"Suo"}""".formatted(email, TestUsers.PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var chiara = new SignedUp(
                UUID.fromString(JsonPath.read(italian, "$.userId")),
                UUID.fromString(JsonPath.read(italian, "$.workspaceId")),
                JsonPath.read(italian, "$.token"),
                email,
                TestUsers.PASSWORD);
        TestUsers.verifyEmail(mvc, email);
        TestUsers.addMember(mvc, ada, chiara, "VIEWER");
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(chiara.bearer()))
                .andExpect(jsonPath("$.signals[0].evidence")
                        .value(containsString("La controparte è mancata a 2 su 3 incontri recenti")))
                .andExpect(jsonPath("$.signals[0].suggestion").value(containsString("Contattali direttamente")));
    }

    @Test
    void correctingAttendanceAfterTheMeetingUpdatesTheScore() throws Exception {
        UUID meeting = heldMeeting(6, "ABSENT");
        health(acme).andExpect(jsonPath("$.factors[2].score").value(0));
        attend(meeting, "ATTENDED");
        health(acme).andExpect(jsonPath("$.factors[2].score").value(100));
    }

    @Test
    void commitmentsAndGoalsMoveTheScoreAsTheyChange() throws Exception {
        UUID late = RhythmMother.commitment(mvc, ada, acme, "Send the draft", "THEM", day(-3));
        health(acme)
                .andExpect(jsonPath("$.factors[1].score").value(0))
                .andExpect(jsonPath("$.factors[1].evidence").value(containsString("Them: 0 of 1 on time")))
                .andExpect(jsonPath("$.signals[0].type").value("COMMITMENTS_SLIPPING"));
        mvc.perform(json(
                                patch(ada.workspacePath("/commitments/" + late)),
                                "{\"status\":\"DONE\",\"doneOn\":\"" + day(-3) + "\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        health(acme).andExpect(jsonPath("$.factors[1].score").value(100)).andExpect(jsonPath("$.signals", hasSize(0)));

        RhythmMother.id(mvc, ada, "/partnerships/" + acme + "/goals", """
                {"title":"Launch the pilot","dueOn":"%s"}""".formatted(day(60)));
        health(acme)
                .andExpect(jsonPath("$.factors[5].score").value(0))
                .andExpect(jsonPath("$.signals[0].type").value("GOALS_MISALIGNED"));
    }

    @Test
    void theDailyJobAdvancesDecayOnceAndEndedPartnershipsLeaveThePortfolio() throws Exception {
        UUID weekly = RhythmMother.id(mvc, ada, "/partnerships", """
                {"name":"Weekly","kind":"VENDOR","cadenceIdealDays":7,"cadenceMaxDays":10}""");
        clock.advance(Duration.ofDays(12));
        health(weekly).andExpect(jsonPath("$.score").value(100)); // reading never recomputes
        assertThat(decay.advance()).isGreaterThanOrEqualTo(1);
        assertThat(decay.advance()).isZero();
        health(weekly)
                .andExpect(jsonPath("$.score").value(64)) // 100 × (21 − 12) / 14
                .andExpect(jsonPath("$.factors[0].evidence").value(containsString("Last contact 12 days ago")))
                .andExpect(jsonPath("$.signals[0].type").value("CHECK_IN_OVERDUE"))
                .andExpect(jsonPath("$.signals[0].suggestion").value(containsString("listen-first")));

        mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/stage")), """
                {"stage":"WINDING_DOWN","reason":"Pilot over"}""")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/stage")), """
                {"stage":"ENDED","reason":"Done"}""")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        health(acme).andExpect(jsonPath("$.score").doesNotExist()).andExpect(jsonPath("$.factors", hasSize(0)));
        portfolio("")
                .andExpect(jsonPath("$.items", hasSize(1))) // the weekly one
                .andExpect(jsonPath("$.items[0].partnershipId").value(weekly.toString()));
    }

    @Test
    void theTrendMovesOnAWeekAtATimeAndEachWeekKeepsItsScore() throws Exception {
        UUID weekly = RhythmMother.id(mvc, ada, "/partnerships", """
                {"name":"Weekly","kind":"VENDOR","cadenceIdealDays":7,"cadenceMaxDays":10}""");
        portfolio("&kind=VENDOR")
                .andExpect(jsonPath("$.items[0].trend[11].score").value(100))
                .andExpect(jsonPath("$.items[0].trend[10].score").doesNotExist());

        clock.advance(Duration.ofDays(7)); // next week, nothing recomputed yet: last week's score moves left
        portfolio("&kind=VENDOR")
                .andExpect(jsonPath("$.items[0].trend[10].score").value(100))
                .andExpect(jsonPath("$.items[0].trend[11].score").doesNotExist());
        decay.advance();
        portfolio("&kind=VENDOR")
                .andExpect(jsonPath("$.items[0].trend[10].score").value(100))
                .andExpect(jsonPath("$.items[0].trend[11].score").value(100));

        clock.advance(Duration.ofDays(7));
        decay.advance();
        String thisWeek = HealthService.weekOf(LocalDate.now(clock)).toString();
        portfolio("&kind=VENDOR")
                .andExpect(jsonPath("$.items[0].trend[9].score").value(100))
                .andExpect(jsonPath("$.items[0].trend[10].score").value(100))
                .andExpect(jsonPath("$.items[0].trend[11].score").value(50)) // 100 × (21 − 14) / 14
                .andExpect(jsonPath("$.items[0].trend[11].week").value(thisWeek));
        health(weekly)
                .andExpect(jsonPath("$.trend[9].score").value(100))
                .andExpect(jsonPath("$.trend[11].score").value(50));

        // a row written before rows kept their trend: read from the weekly snapshots instead
        jdbc.sql("update health_scores set trend_from = null, trend = null where partnership_id = :id")
                .param("id", weekly)
                .update();
        portfolio("&kind=VENDOR")
                .andExpect(jsonPath("$.items[0].trend[9].score").value(100))
                .andExpect(jsonPath("$.items[0].trend[11].score").value(50));
    }

    @Test
    void thePortfolioIsSortedByRiskPaginatedAndFiltered() throws Exception {
        UUID quiet = RhythmMother.partnership(mvc, ada, "Quiet one");
        UUID vendor = RhythmMother.id(mvc, ada, "/partnerships", """
                {"name":"Bolt","kind":"VENDOR","cadenceIdealDays":7,"cadenceMaxDays":10}""");
        clock.advance(Duration.ofDays(12));
        decay.advance();
        RhythmMother.theirParticipant(mvc, ada, quiet, "Quinn"); // a change: recomputed, still the same facts

        String first = portfolio("&limit=1")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].partnershipId").value(vendor.toString()))
                .andExpect(jsonPath("$.items[0].topSignal.type").value("CHECK_IN_OVERDUE"))
                .andExpect(jsonPath("$.items[0].trend", hasSize(12)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String cursor = JsonPath.read(first, "$.nextCursor");
        String second = portfolio("&limit=2&cursor=" + cursor)
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> rest = JsonPath.read(second, "$.items[*].partnershipId");
        assertThat(rest).containsExactlyInAnyOrder(acme.toString(), quiet.toString());
        portfolio("&kind=VENDOR").andExpect(jsonPath("$.items", hasSize(1)));
        portfolio("&ownerId=" + ada.userId()).andExpect(jsonPath("$.items", hasSize(3)));
        portfolio("&kind=MENTEE").andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void badQueriesAreRefusedClearly() throws Exception {
        portfolio("&limit=0").andExpect(status().isBadRequest());
        mvc.perform(get(ada.workspacePath("/health?sort=name")).with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The portfolio can only be sorted by risk (sort=risk)."));
        portfolio("&kind=SPACESHIP").andExpect(status().isBadRequest());
        portfolio("&cursor=bm90LWEtdXVpZA").andExpect(status().isBadRequest());
        health(UUID.randomUUID()).andExpect(status().isNotFound());
    }

    @Test
    void settingsAreValidatedAndChangingThemRecomputesTheWorkspace() throws Exception {
        heldMeeting(3, "ABSENT");
        health(acme).andExpect(jsonPath("$.confidence").value(35));

        String invalid = """
                {"weights":{"CADENCE":0,"RELIABILITY":0,"ENGAGEMENT":0,"SATISFACTION":0,"RECIPROCITY":0,"ALIGNMENT":0},
                 "missedMeetings":2,"ofLastMeetings":4,"onTimeBelow":60,"overdueAtLeast":2,"growingPoints":5}""";
        mvc.perform(json(put(ada.workspacePath("/health/settings")), invalid).with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights"));
        mvc.perform(json(
                                put(ada.workspacePath("/health/settings")),
                                invalid.replace("\"missedMeetings\":2", "\"missedMeetings\":9")
                                        .replace("\"CADENCE\":0", "\"CADENCE\":20"))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("missedMeetings"));
        mvc.perform(get(ada.workspacePath("/health/settings")).with(ada.bearer()))
                .andExpect(jsonPath("$.weights.CADENCE").value(20))
                .andExpect(jsonPath("$.missedMeetings").value(2));

        mvc.perform(json(put(ada.workspacePath("/health/settings")), """
                {"weights":{"CADENCE":50,"RELIABILITY":0,"ENGAGEMENT":50,"SATISFACTION":0,"RECIPROCITY":0,"ALIGNMENT":0},
                 "missedMeetings":1,"ofLastMeetings":2,"onTimeBelow":60,"overdueAtLeast":2,"growingPoints":5}""").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ofLastMeetings").value(2));
        health(acme)
                .andExpect(jsonPath("$.confidence").value(100))
                .andExpect(jsonPath("$.score").value(50))
                .andExpect(jsonPath("$.signals[0].type").value("PARTNER_DISENGAGING"));
    }

    @Test
    void onlyAdminsChangeSettingsAndOtherWorkspacesSeeNothing() throws Exception {
        SignedUp bo = TestUsers.signUp(mvc, "Bo");
        TestUsers.addMember(mvc, ada, bo, "MEMBER");
        mvc.perform(json(put(ada.workspacePath("/health/settings")), "{}").with(bo.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(bo.bearer()))
                .andExpect(status().isOk());

        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/health")).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(eve.workspacePath("/partnerships/" + acme + "/health")).with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(eve.workspacePath("/health")).with(eve.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        var session = WebSessions.logIn(mvc, eve);
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + acme + "/health")
                        .with(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/w/" + ada.workspaceId() + "/settings/health").with(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePagesExplainTheScoreAndTheDashboardShowsTheSignal() throws Exception {
        heldMeeting(13, "ABSENT");
        heldMeeting(6, "ABSENT");
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/w/" + ada.workspaceId()).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Needs attention this week")))
                .andExpect(content().string(containsString("Partner disengaging")))
                .andExpect(content().string(containsString("class=\"sparkline\"")));
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + acme + "/health")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Their side missed 2 of the last 2 meetings")))
                .andExpect(content().string(containsString("ask how they feel about their involvement")))
                .andExpect(content().string(containsString("Not counted yet")))
                .andExpect(content().string(containsString("/webjars/chart.js/4.5.1/dist/chart.umd.js")));
        mvc.perform(get("/webjars/chart.js/4.5.1/dist/chart.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + acme + "/health/summary")
                        .with(session)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("health-score")));
    }

    @Test
    void theSettingsPageShowsInlineErrorsAndSaves() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(settingsForm(session, "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A weight is a whole number from 0 to 100.")))
                .andExpect(content().string(containsString("value=\"150\"")));
        mvc.perform(get(ada.workspacePath("/health/settings")).with(ada.bearer()))
                .andExpect(jsonPath("$.weights.CADENCE").value(20));
        mvc.perform(settingsForm(session, "30")).andExpect(status().is3xxRedirection());
        mvc.perform(get(ada.workspacePath("/health/settings")).with(ada.bearer()))
                .andExpect(jsonPath("$.weights.CADENCE").value(30));
    }

    /** No lost updates (issue 17): the settings carry a version, on the API (ETag, If-Match) and on the form. */
    @Test
    void staleSettingsAreRefusedAndTheFormSaysWhoChangedThem() throws Exception {
        String path = ada.workspacePath("/health/settings");
        String body = """
                {"weights":{"CADENCE":%s,"RELIABILITY":20,"ENGAGEMENT":15,"SATISFACTION":20,"RECIPROCITY":15,"ALIGNMENT":10},
                 "missedMeetings":2,"ofLastMeetings":4,"onTimeBelow":60,"overdueAtLeast":2,"growingPoints":%s}""";
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/w/" + ada.workspaceId() + "/settings/health").with(session))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(put(path), body.formatted(40, 5))
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put(path), body.formatted(20, 9))
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.changedBy").value("Ada"))
                .andExpect(jsonPath("$.changedFields[0]").value("weights"))
                .andExpect(jsonPath("$.changedFields[1]").value("growingPoints"));
        mvc.perform(settingsForm(session, "25").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This was changed meanwhile by Ada")))
                .andExpect(content().string(containsString("<li>Factor weights</li>")))
                .andExpect(content().string(containsString("value=\"25\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.weights.CADENCE").value(40))
                .andExpect(jsonPath("$.growingPoints").value(5));
        mvc.perform(settingsForm(session, "25").param("version", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.weights.CADENCE").value(25))
                .andExpect(header().string("ETag", "\"2\""));
    }

    private MockHttpServletRequestBuilder settingsForm(RequestPostProcessor session, String cadence) {
        return post("/w/" + ada.workspaceId() + "/settings/health")
                .with(session)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("weight.CADENCE", cadence)
                .param("weight.RELIABILITY", "20")
                .param("weight.ENGAGEMENT", "15")
                .param("weight.SATISFACTION", "20")
                .param("weight.RECIPROCITY", "15")
                .param("weight.ALIGNMENT", "10")
                .param("missedMeetings", "2")
                .param("ofLastMeetings", "4")
                .param("onTimeBelow", "60")
                .param("overdueAtLeast", "2")
                .param("growingPoints", "5");
    }

    private UUID heldMeeting(int daysAgo, String theirAttendance) throws Exception {
        var start = LocalDateTime.now(ROME).minusDays(daysAgo).withHour(10).withMinute(0);
        var f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        UUID meeting = RhythmMother.meeting(
                mvc, ada, acme, "CHECK_IN", start.format(f), start.plusHours(1).format(f));
        attend(meeting, theirAttendance);
        mvc.perform(json(patch(ada.workspacePath("/meetings/" + meeting)), "{\"held\":true}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        return meeting;
    }

    private void attend(UUID meeting, String status) throws Exception {
        mvc.perform(json(
                                put(ada.workspacePath("/meetings/" + meeting + "/attendance")),
                                "{\"participantId\":\"%s\",\"status\":\"%s\"}".formatted(ana, status))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
    }

    private ResultActions health(UUID partnership) throws Exception {
        return mvc.perform(get(ada.workspacePath("/partnerships/" + partnership + "/health"))
                .with(ada.bearer()));
    }

    private ResultActions portfolio(String query) throws Exception {
        return mvc.perform(get(ada.workspacePath("/health?sort=risk" + query)).with(ada.bearer()));
    }

    private String day(int offset) {
        return LocalDateTime.now(ROME).toLocalDate().plusDays(offset).toString();
    }
}
