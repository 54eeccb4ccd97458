package dev.tandem.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import jakarta.servlet.RequestDispatcher;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The calendar feed and the meeting files, read back with a real iCalendar parser (biweekly): events,
 * time zones, organiser and attendees, and who sees what.
 */
@TandemTest
@ExtendWith(OutputCaptureExtension.class)
class CalendarTests {

    private static final Pattern FEED_PATH = Pattern.compile("(/calendar/[A-Za-z0-9_-]+\\.ics)$");

    @Autowired
    MockMvc mvc;

    @Test
    void theFeedHoldsMyMeetingsInTheirTimeZoneAndMyDueDates() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme Foundation");
        RhythmMother.ourParticipant(mvc, ada, acme);
        UUID ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana Ortega");
        UUID meeting = madridMeeting(ada, acme, "2030-01-15T10:00", "2030-01-15T11:30");
        mvc.perform(TestUsers.json(
                                MockMvcRequestBuilders.put(ada.workspacePath("/meetings/" + meeting + "/attendance")),
                                "{\"participantId\":\"%s\",\"status\":\"ATTENDED\"}".formatted(ana))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        RhythmMother.commitment(mvc, ada, acme, "Send the budget", "US", "2030-01-20");
        RhythmMother.commitment(mvc, ada, acme, "Their homework", "THEM", "2030-01-21");
        var session = WebSessions.logIn(mvc, ada);

        String path = newFeed(session);
        MvcResult result = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("text/calendar")))
                .andReturn();
        assertThat(result.getRequest().getSession(false))
                .as("the feed creates no session")
                .isNull();
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        String text = result.getResponse().getContentAsString();
        assertThat(text)
                .contains("BEGIN:VTIMEZONE", "TZID:Europe/Madrid", "DTSTART;TZID=Europe/Madrid:20300115T100000");

        ICalendar ical = Biweekly.parse(text).first();
        assertThat(ical.validate(ICalVersion.V2_0).isEmpty())
                .as(ical.validate(ICalVersion.V2_0).toString())
                .isTrue();
        VEvent event = event(ical, "meeting-" + meeting + "@tandem");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2030-01-15T09:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2030-01-15T10:30:00Z"));
        assertThat(ical.getTimezoneInfo()
                        .getTimezone(event.getDateStart())
                        .getComponent()
                        .getTimezoneId()
                        .getValue())
                .isEqualTo("Europe/Madrid");
        assertThat(event.getSummary().getValue()).isEqualTo("Check-in · Acme Foundation");
        assertThat(event.getOrganizer().getEmail()).isEqualTo(ada.email());
        List<Attendee> attendees = event.getAttendees();
        assertThat(attendees).extracting(Attendee::getCommonName).containsExactly("Ada", "Ana Ortega");
        assertThat(attendees.get(0).getEmail()).isEqualTo(ada.email());
        assertThat(attendees.get(1).getParticipationStatus()).isEqualTo(ParticipationStatus.ACCEPTED);

        VEvent due = ical.getEvents().stream()
                .filter(e -> e.getSummary().getValue().contains("Send the budget"))
                .findFirst()
                .orElseThrow();
        assertThat(due.getDateStart().getValue().hasTime()).isFalse();
        assertThat(text).contains("DTSTART;VALUE=DATE:20300120", "DTEND;VALUE=DATE:20300121");
        assertThat(text).doesNotContain("Their homework");

        // A summer meeting reads back with summer time: 10:00 in Madrid is 08:00Z in July.
        UUID summer = madridMeeting(ada, acme, "2030-07-15T10:00", "2030-07-15T11:00");
        ICalendar again = Biweekly.parse(
                        mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                .first();
        assertThat(event(again, "meeting-" + summer + "@tandem")
                        .getDateStart()
                        .getValue()
                        .toInstant())
                .isEqualTo(Instant.parse("2030-07-15T08:00:00Z"));
    }

    @Test
    void resettingRevokesTheOldAddress() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/calendar/feed").with(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no calendar feed yet.")));
        String first = newFeed(session);
        mvc.perform(get(first)).andExpect(status().isOk());
        mvc.perform(post("/calendar/feed").with(session).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/calendar/")))
                .andExpect(content().string(containsString("Copy its address now")));
        MvcResult revoked =
                mvc.perform(get(first)).andExpect(status().isNotFound()).andReturn();
        assertThat(revoked.getRequest().getSession(false)).isNull();
        mvc.perform(get("/calendar/not-a-secret.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Its address is shown only once")));
        mvc.perform(get("/account").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/calendar/feed\"")));
        mvc.perform(get("/calendar/feed")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aMeetingDownloadsAsAFileAndOnlyInItsWorkspace() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        SignedUp bob = TestUsers.signUp(mvc, "Bob");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        UUID meeting = madridMeeting(ada, acme, "2030-01-15T10:00", "2030-01-15T11:00");
        var session = WebSessions.logIn(mvc, ada);
        String w = "/w/" + ada.workspaceId();

        mvc.perform(get(w + "/meetings/" + meeting).with(session))
                .andExpect(content().string(containsString(w + "/meetings/" + meeting + ".ics")));
        String file = mvc.perform(get(w + "/meetings/" + meeting + ".ics").with(session))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        ICalendar ical = Biweekly.parse(file).first();
        assertThat(ical.validate(ICalVersion.V2_0).isEmpty()).isTrue();
        VEvent event = event(ical, "meeting-" + meeting + "@tandem");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2030-01-15T09:00:00Z"));
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Ada");
        assertThat(event.getAttendees()).extracting(Attendee::getCommonName).containsExactly("Ana");
        assertThat(event.getAttendees().get(0).getUri()).startsWith("urn:uuid:");

        String api = mvc.perform(
                        get(ada.workspacePath("/meetings/" + meeting + "/ics")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Biweekly.parse(api).first().getEvents()).hasSize(1);

        // Bob: not a member of Ada's workspace, and the meeting is not in his.
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting + "/ics")).with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(bob.workspacePath("/meetings/" + meeting + "/ics")).with(bob.bearer()))
                .andExpect(status().isNotFound());
        var bobSession = WebSessions.logIn(mvc, bob);
        mvc.perform(get("/w/" + bob.workspaceId() + "/meetings/" + meeting + ".ics")
                        .with(bobSession))
                .andExpect(status().isNotFound());
        mvc.perform(get(w + "/meetings/" + meeting + ".ics").with(bobSession)).andExpect(status().isNotFound());
    }

    @Test
    void aFeedShowsOnlyItsOwnersItems() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        SignedUp bob = TestUsers.signUp(mvc, "Bob");
        SignedUp cy = TestUsers.signUp(mvc, "Cy");
        TestUsers.addMember(mvc, ada, cy, "MEMBER");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        UUID adaMeeting = madridMeeting(ada, acme, "2030-02-01T10:00", "2030-02-01T11:00");
        RhythmMother.commitment(mvc, ada, acme, "Ada owes this", "US", "2030-02-02");
        UUID bobs = RhythmMother.partnership(mvc, bob, "Bobco");
        UUID bobMeeting = madridMeeting(bob, bobs, "2030-02-01T10:00", "2030-02-01T11:00");
        // Cy takes part in a second partnership of Ada's workspace, not in Acme.
        UUID beta = RhythmMother.partnership(mvc, ada, "Beta");
        RhythmMother.id(
                mvc,
                ada,
                "/partnerships/" + beta + "/participants",
                "{\"userId\":\"%s\",\"role\":\"Lead\"}".formatted(cy.userId()));
        UUID betaMeeting = madridMeeting(ada, beta, "2030-02-03T10:00", "2030-02-03T11:00");

        String adaFeed = feedText(ada);
        assertThat(adaFeed)
                .contains("meeting-" + adaMeeting, "meeting-" + betaMeeting, "Ada owes this")
                .doesNotContain("meeting-" + bobMeeting, "Bobco");
        String bobFeed = feedText(bob);
        assertThat(bobFeed)
                .contains("meeting-" + bobMeeting)
                .doesNotContain("meeting-" + adaMeeting, "Acme", "Ada owes this", "meeting-" + betaMeeting);
        String cyFeed = feedText(cy);
        assertThat(cyFeed)
                .contains("meeting-" + betaMeeting)
                .doesNotContain("meeting-" + adaMeeting, "Ada owes this", "meeting-" + bobMeeting);
    }

    @Test
    void namesWithQuotesCommasSemicolonsBackslashesAndLineBreaksReadBackIntact(CapturedOutput log) throws Exception {
        String name = "Ana \"Nana\" O'Neil, Jr.; a\\b\nand more";
        SignedUp ada = signUp(name);
        UUID acme = RhythmMother.partnership(mvc, ada, json(name));
        RhythmMother.ourParticipant(mvc, ada, acme);
        RhythmMother.theirParticipant(mvc, ada, acme, json(name));
        UUID meeting = madridMeeting(ada, acme, "2030-03-02T10:00", "2030-03-02T11:00");
        var session = WebSessions.logIn(mvc, ada);
        String feed = newFeed(session);

        for (String path : List.of(feed, "/w/" + ada.workspaceId() + "/meetings/" + meeting + ".ics")) {
            String text = mvc.perform(get(path).with(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            ICalendar ical = Biweekly.parse(text).first();
            assertThat(ical.validate(ICalVersion.V2_0).isEmpty())
                    .as(ical.validate(ICalVersion.V2_0).toString())
                    .isTrue();
            VEvent event = event(ical, "meeting-" + meeting + "@tandem");
            assertThat(event.getSummary().getValue()).isEqualTo("Check-in · " + name);
            assertThat(event.getOrganizer().getCommonName()).isEqualTo(name);
            assertThat(event.getAttendees()).extracting(Attendee::getCommonName).containsExactly(name, name);
        }
        assertThat(log.getAll()).doesNotContain(feed.substring("/calendar/".length(), feed.length() - ".ics".length()));
    }

    @Test
    void theLogNeverShowsAFeedsSecret(CapturedOutput log) throws Exception {
        String secret = "s3cr3t-" + UUID.randomUUID();
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/calendar/" + secret + ".ics")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a failing feed")))
                .andExpect(status().isInternalServerError());
        mvc.perform(get("/calendar/" + secret + ".ics")).andExpect(status().isNotFound());

        assertThat(log.getAll()).contains("a failing feed", "/calendar/***.ics").doesNotContain(secret);
    }

    private SignedUp signUp(String displayName) throws Exception {
        String email = TestUsers.uniqueEmail("ana");
        String response = mvc.perform(TestUsers.json(
                        post("/api/v1/auth/signup"), """
                        {"email":"%s","password":"%s","displayName":"%s","workspaceName":"Ana's"}""".formatted(email, TestUsers.PASSWORD, json(displayName))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new SignedUp(
                UUID.fromString(JsonPath.read(response, "$.userId")),
                UUID.fromString(JsonPath.read(response, "$.workspaceId")),
                JsonPath.read(response, "$.token"),
                email,
                TestUsers.PASSWORD);
    }

    /** A text as it is written inside a JSON string. */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private UUID madridMeeting(SignedUp user, UUID partnership, String start, String end) throws Exception {
        return RhythmMother.id(mvc, user, "/partnerships/" + partnership + "/meetings", """
                {"type":"CHECK_IN","startsAt":"%s","endsAt":"%s","timeZone":"Europe/Madrid"}""".formatted(start, end));
    }

    private String feedText(SignedUp user) throws Exception {
        String path = newFeed(WebSessions.logIn(mvc, user));
        String text = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Biweekly.parse(text).first()).isNotNull();
        return text;
    }

    /** Makes a feed through the page and answers its path, taken from the address shown once. */
    private String newFeed(RequestPostProcessor session) throws Exception {
        MvcResult result = mvc.perform(post("/calendar/feed").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String url = (String) Objects.requireNonNull(result.getFlashMap().get("feedUrl"));
        var matcher = FEED_PATH.matcher(url);
        assertThat(matcher.find()).as(url).isTrue();
        return matcher.group(1);
    }

    private static VEvent event(ICalendar ical, String uid) {
        return ical.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }
}
