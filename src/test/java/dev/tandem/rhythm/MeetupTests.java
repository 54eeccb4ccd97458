package dev.tandem.rhythm;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recurring group meetups through HTTP: a "first Friday monthly, 17:30 Europe/Rome" rule keeps its local time across
 * the spring daylight-saving change (in the occurrences and in the .ics read back with biweekly), cancelled dates
 * are EXDATEs, attendance is per occurrence, the meetup is in the invitees' feeds; bad input writes nothing, and
 * another workspace sees none of it.
 */
@TandemTest
class MeetupTests {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    UUID ana;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        ana = RhythmMother.contact(mvc, ada, "Ana Ortega");
    }

    String firstFriday(String invitees) throws Exception {
        String response = mvc.perform(json(post(ada.workspacePath("/meetups")), """
                        {"title":"Coffee club","rule":"FREQ=MONTHLY;BYDAY=1FR","timeZone":"Europe/Rome",
                         "startsOn":"2027-02-01","startsAt":"17:30","minutes":90,"place":"Caffè Centrale",
                         "invitees":[%s]}""".formatted(invitees))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    @Test
    void aFirstFridayMeetupKeepsItsLocalTimeAcrossTheDaylightSavingChange() throws Exception {
        String meetup = firstFriday("\"%s\",\"%s\"".formatted(ana, ada.userId()));
        String path = ada.workspacePath("/meetups/" + meetup);
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.startsOn").value("2027-02-05"))
                .andExpect(jsonPath("$.invitees", hasSize(2)));
        mvc.perform(get(path + "/occurrences")
                        .param("from", "2027-03-01")
                        .param("count", "2")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].date").value("2027-03-05"))
                .andExpect(jsonPath("$[0].localStart").value("2027-03-05T17:30:00"))
                .andExpect(jsonPath("$[0].startsAt").value("2027-03-05T16:30:00Z"))
                .andExpect(jsonPath("$[1].date").value("2027-04-02"))
                .andExpect(jsonPath("$[1].localStart").value("2027-04-02T17:30:00"))
                .andExpect(jsonPath("$[1].startsAt").value("2027-04-02T15:30:00Z"));

        mvc.perform(json(put(path + "/occurrences/2027-05-07/cancelled"), "{\"cancelled\":true}")
                        .with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(json(
                                put(path + "/occurrences/2027-03-05/attendance"),
                                "{\"personId\":\"%s\",\"status\":\"ATTENDED\"}".formatted(ana))
                        .with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(path + "/occurrences")
                        .param("from", "2027-03-01")
                        .param("count", "3")
                        .with(ada.bearer()))
                .andExpect(jsonPath("$[0].attendance['" + ana + "']").value("ATTENDED"))
                .andExpect(jsonPath("$[2].cancelled").value(true));

        String text = mvc.perform(get(path + "/invitation").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("text/calendar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text).contains("METHOD:REQUEST", "TZID:Europe/Rome", "RRULE:FREQ=MONTHLY;BYDAY=1FR");
        ICalendar ical = Biweekly.parse(text).first();
        assertThat(ical.validate(ICalVersion.V2_0).isEmpty())
                .as(ical.validate(ICalVersion.V2_0).toString())
                .isTrue();
        VEvent event = ical.getEvents().get(0);
        assertThat(event.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(event.getAttendees()).extracting(a -> a.getCommonName()).contains("Ana Ortega", "Ada");
        TimeZone zone = ical.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone();
        List<LocalDateTime> starts = new ArrayList<>();
        var dates = event.getDateIterator(zone);
        while (dates.hasNext() && starts.size() < 4) {
            starts.add(LocalDateTime.ofInstant(dates.next().toInstant(), ROME));
        }
        assertThat(starts)
                .as("17:30 in Rome before and after the change to summer time; the cancelled date left out")
                .containsExactly(
                        LocalDateTime.parse("2027-02-05T17:30"),
                        LocalDateTime.parse("2027-03-05T17:30"),
                        LocalDateTime.parse("2027-04-02T17:30"),
                        LocalDateTime.parse("2027-06-04T17:30"));

        var session = WebSessions.logIn(mvc, ada);
        String feedUrl =
                (String) mvc.perform(post("/calendar/feed").with(session).with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .get("feedUrl");
        String feed = mvc.perform(get(feedUrl.substring(feedUrl.indexOf("/calendar/"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Biweekly.parse(feed).first().getEvents())
                .anyMatch(e ->
                        e.getUid().getValue().equals("meetup-" + meetup + "@tandem") && e.getRecurrenceRule() != null);

        String page = "/w/" + ada.workspaceId() + "/meetups/" + meetup;
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coffee club")))
                .andExpect(content().string(containsString("Ana Ortega")));
        mvc.perform(get(page + ".ics").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RRULE:FREQ=MONTHLY;BYDAY=1FR")));
    }

    @Test
    void badInputIs400AndWritesNothing() throws Exception {
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        UUID theirs = RhythmMother.contact(mvc, eve, "Zed");
        for (String bad : new String[] {
            "\"rule\":\"FREQ=SOMETIMES\",\"timeZone\":\"Europe/Rome\",\"startsAt\":\"17:30\",\"invitees\":[]",
            "\"rule\":\"FREQ=MONTHLY\",\"timeZone\":\"Mars/Olympus\",\"startsAt\":\"17:30\",\"invitees\":[]",
            "\"rule\":\"FREQ=MONTHLY\",\"timeZone\":\"Europe/Rome\",\"startsAt\":\"25:99\",\"invitees\":[]",
            "\"rule\":\"FREQ=MONTHLY\",\"timeZone\":\"Europe/Rome\",\"startsAt\":\"17:30\",\"invitees\":[\"%s\"]"
                    .formatted(theirs)
        }) {
            mvc.perform(json(post(ada.workspacePath("/meetups")), """
                            {"title":"Coffee club","startsOn":"2027-02-01",%s}""".formatted(bad))
                            .with(ada.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
        }
        mvc.perform(get(ada.workspacePath("/meetups")).with(ada.bearer())).andExpect(jsonPath("$", hasSize(0)));

        String meetup = firstFriday("");
        String path = ada.workspacePath("/meetups/" + meetup);
        mvc.perform(json(put(path + "/occurrences/2027-03-06/cancelled"), "{\"cancelled\":true}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                                put(path + "/occurrences/2027-03-05/attendance"),
                                "{\"personId\":\"%s\",\"status\":\"ATTENDED\"}".formatted(ana))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(path + "/invitees"), "{\"personId\":\"%s\"}".formatted(theirs))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(path + "/invitees"), "{\"personId\":\"%s\"}".formatted(ana))
                        .with(ada.bearer()))
                .andExpect(status().isCreated());
        mvc.perform(json(post(path + "/invitees"), "{\"personId\":\"%s\"}".formatted(ana))
                        .with(ada.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.invitees", hasSize(1)))
                .andExpect(jsonPath("$.cancelled", hasSize(0)));
        mvc.perform(json(put(path), """
                        {"title":"Coffee club","rule":"FREQ=WEEKLY","timeZone":"Europe/Rome",
                         "startsOn":"2027-02-01","startsAt":"18:00"}""").with(ada.bearer()).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed());

        String elsewhere = "/api/v1/workspaces/" + eve.workspaceId() + "/meetups/" + meetup;
        mvc.perform(get(elsewhere).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(elsewhere + "/invitation").with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(put(elsewhere + "/occurrences/2027-03-05/cancelled"), "{\"cancelled\":true}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + eve.workspaceId() + "/meetups").with(eve.bearer()))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theMeetupsPageShowsAnEmptyStateAndTheFormsErrorsInline() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/meetups";
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No group meetups yet")));
        mvc.perform(post(page)
                        .with(session)
                        .with(csrf())
                        .param("title", "Coffee club")
                        .param("repeats", "CUSTOM")
                        .param("rule", "FREQ=SOMETIMES")
                        .param("startsOn", "2027-02-05")
                        .param("startsAt", "17:30")
                        .param("timeZone", "Europe/Rome")
                        .param("minutes", "60"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write a rule Tandem can read")));
        mvc.perform(get(ada.workspacePath("/meetups")).with(ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(post(page)
                        .with(session)
                        .with(csrf())
                        .param("title", "Coffee club")
                        .param("repeats", "MONTHLY_WEEKDAY")
                        .param("startsOn", "2027-02-05")
                        .param("startsAt", "17:30")
                        .param("timeZone", "Europe/Rome")
                        .param("minutes", "60")
                        .param("place", "Caffè Centrale"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(ada.workspacePath("/meetups")).with(ada.bearer()))
                .andExpect(jsonPath("$[0].rule").value("FREQ=MONTHLY;BYDAY=1FR"));
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("Coffee club")))
                .andExpect(content().string(not(containsString("No group meetups yet"))));
    }
}
