package dev.tandem.endings;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import biweekly.util.Frequency;
import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The recurring coffee that no longer serves, through HTTP: deferring pauses the check-in cadence (no "check-in
 * overdue" until the date, then it counts again), redirecting invites the contact to the group meetup and drafts
 * the invitation; started from the contact too. Refusals write nothing; another workspace touches nothing.
 */
@TandemTest
class CoffeePlaybookTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;
    EndingFixtures data;
    String ana;
    String coffee;

    @BeforeEach
    void coffee() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new EndingFixtures(mvc, ada);
        ana = data.contact("Ana Ruiz", "it");
        coffee = data.create("/partnerships", """
                {"name":"Coffee with Ana","kind":"NETWORK","contactId":"%s","cadenceIdealDays":2,
                 "cadenceMaxDays":3}""".formatted(ana));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDeferredCoffeeRaisesNoCheckInOverdueUntilItsDateThenTheCadenceResumes() throws Exception {
        clock.advance(Duration.ofDays(5));
        String run = data.create("/partnerships/" + coffee + "/playbook-runs", "{\"playbook\":\"COFFEE\"}");
        String path = ada.workspacePath("/playbook-runs/" + run);
        LocalDate until = today().plusDays(8);
        mvc.perform(json(put(path + "/steps/0"), """
                        {"checked":["choiceMade"],"notes":"il lavoro mi sta travolgendo.","choice":"DEFER",
                         "until":"%s","channel":"un messaggio su Signal"}""".formatted(until)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.choice").value("DEFER"))
                .andExpect(jsonPath("$.plan.until").value(until.toString()));
        mvc.perform(get(path + "/draft").with(ada.bearer()))
                .andExpect(jsonPath("$.language").value("it"))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Ciao Ana Ruiz",
                                "il lavoro mi sta travolgendo.",
                                String.valueOf(until.getYear()),
                                "un messaggio su Signal")));
        mvc.perform(get(path + "/draft").param("language", "en").with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "pause them until", "un messaggio su Signal is the quickest way to reach me")));
        mvc.perform(get(path + "/draft").param("language", "es").with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.body", containsString("la forma más rápida de localizarme es un messaggio su Signal")));

        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"Too much on my plate\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/partnerships/" + coffee)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("EXPLORING"));
        mvc.perform(get(ada.workspacePath("/deferrals")).with(ada.bearer()))
                .andExpect(jsonPath("$[0].until").value(until.toString()))
                .andExpect(jsonPath("$[0].channel").value("un messaggio su Signal"));
        health().andExpect(jsonPath("$.signals[*].type", not(hasItem("CHECK_IN_OVERDUE"))));

        clock.advance(Duration.ofDays(5));
        touch();
        health().andExpect(jsonPath("$.signals[*].type", not(hasItem("CHECK_IN_OVERDUE"))));

        long toUntil = until.toEpochDay() - today().toEpochDay();
        clock.advance(Duration.ofDays(toUntil + 1));
        touch();
        health().andExpect(jsonPath("$.signals[*].type", not(hasItem("CHECK_IN_OVERDUE"))));
        clock.advance(Duration.ofDays(4));
        touch();
        health().andExpect(jsonPath("$.signals[*].type", hasItem("CHECK_IN_OVERDUE")));
    }

    @Test
    void aDeferredCoffeeLeavesLosingTouchUntilItsDateOrUntilItIsTakenBack() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/partnerships/losing-touch";
        clock.advance(Duration.ofDays(5));
        losingTouch(session, page, true);

        LocalDate until = today().plusDays(8);
        String run = data.create("/partnerships/" + coffee + "/playbook-runs", "{\"playbook\":\"COFFEE\"}");
        String path = ada.workspacePath("/playbook-runs/" + run);
        mvc.perform(json(put(path + "/steps/0"), """
                        {"checked":["choiceMade"],"choice":"DEFER","until":"%s","channel":"a call"}""".formatted(until)).with(ada.bearer()))
                .andExpect(status().isOk());
        losingTouch(session, page, true);
        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"Busy quarter\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        losingTouch(session, page, false);
        mvc.perform(get("/w/" + ada.workspaceId() + "/my-week").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Coffee with Ana"))));

        clock.advance(Duration.ofDays(7));
        losingTouch(session, page, false);
        clock.advance(Duration.ofDays(1));
        losingTouch(session, page, true);

        String deferral = data.create(
                "/partnerships/" + coffee + "/deferrals", "{\"until\":\"%s\"}".formatted(today().plusDays(30)));
        losingTouch(session, page, false);
        mvc.perform(delete(ada.workspacePath("/deferrals/" + deferral)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        losingTouch(session, page, true);
    }

    /** Whether the coffee is on the losing-touch page and in the API's list. */
    private void losingTouch(RequestPostProcessor session, String page, boolean listed) throws Exception {
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(listed ? containsString("Coffee with Ana") : not(containsString("Coffee with Ana"))));
        mvc.perform(get(ada.workspacePath("/partnerships/losing-touch")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.items[*].name", listed ? hasItem("Coffee with Ana") : not(hasItem("Coffee with Ana"))));
    }

    @Test
    void aRedirectedCoffeeInvitesTheContactToTheMeetupAndGoesDormant() throws Exception {
        String meetup = data.create("/meetups", """
                {"title":"Coffee club","rule":"FREQ=MONTHLY;BYDAY=1FR","timeZone":"Europe/Rome",
                 "startsOn":"%s","startsAt":"17:30","place":"Caffè Centrale"}""".formatted(today()));
        String run = data.create("/contacts/" + ana + "/playbook-runs", "{\"playbook\":\"COFFEE\"}");
        String path = ada.workspacePath("/playbook-runs/" + run);
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.partnershipId").value(coffee));
        mvc.perform(json(put(path + "/steps/0"), """
                        {"checked":["choiceMade"],"choice":"REDIRECT","meetupId":"%s"}""".formatted(meetup)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.meetupId").value(meetup));
        mvc.perform(get(path + "/draft").param("language", "en").with(ada.bearer()))
                .andExpect(jsonPath("$.subject").value("Join us at the group meetup"))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Dear Ana Ruiz", "invite you to Coffee club", "Friday", "at Caffè Centrale")));
        mvc.perform(get(path + "/draft").with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.body", EndingFixtures.facts("ti invito a Coffee club", "venerdì", "da Caffè Centrale")))
                .andExpect(jsonPath("$.invitation").value(path + "/draft/invitation"));
        invitationNamesAna(mvc.perform(get(path + "/draft/invitation").with(ada.bearer())));
        var session = WebSessions.logIn(mvc, ada);
        String runPage = "/w/" + ada.workspaceId() + "/playbook-runs/" + run;
        mvc.perform(get(runPage).param("step", "1").param("language", "en").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(runPage + "/invitation.ics")))
                .andExpect(content().string(containsString("Meetup invitation (.ics)")));
        invitationNamesAna(mvc.perform(get(runPage + "/invitation.ics").with(session)));
        mvc.perform(get(ada.workspacePath("/meetups/" + meetup)).with(ada.bearer()))
                .andExpect(jsonPath("$.invitees", hasSize(0)));

        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"A group suits us better\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/partnerships/" + coffee)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("DORMANT"));
        mvc.perform(get(ada.workspacePath("/meetups/" + meetup)).with(ada.bearer()))
                .andExpect(jsonPath("$.invitees[0].name").value("Ana Ruiz"))
                .andExpect(jsonPath("$.invitees[0].kind").value("CONTACT"));

        mvc.perform(get("/w/" + ada.workspaceId() + "/contacts/" + ana).with(session))
                .andExpect(content().string(containsString("/contacts/" + ana + "/ending")));
        mvc.perform(get("/w/" + ada.workspaceId() + "/contacts/" + ana + "/ending")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coffee with Ana")))
                .andExpect(content().string(containsString("/playbook-runs/" + run)));
    }

    @Test
    void badChoicesAre400ConflictsAre409AndNothingIsWritten() throws Exception {
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        String theirMeetup = new EndingFixtures(mvc, eve).create("/meetups", """
                {"title":"Elsewhere","rule":"FREQ=WEEKLY","timeZone":"Europe/Rome","startsOn":"%s",
                 "startsAt":"09:00"}""".formatted(today()));
        mvc.perform(json(post(ada.workspacePath("/contacts/" + ana + "/playbook-runs")), "{\"playbook\":\"MENTEE\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        String run = data.create("/partnerships/" + coffee + "/playbook-runs", "{\"playbook\":\"COFFEE\"}");
        String path = ada.workspacePath("/playbook-runs/" + run);
        for (String bad : new String[] {
            "{\"choice\":\"DEFER\",\"until\":\"%s\"}".formatted(today()),
            "{\"choice\":\"DEFER\",\"until\":\"%s\"}".formatted(today().plusMonths(40)),
            "{\"choice\":\"DEFER\"}",
            "{\"choice\":\"REDIRECT\",\"meetupId\":\"%s\"}".formatted(theirMeetup),
            "{\"choice\":\"SOMETIME\"}"
        }) {
            mvc.perform(json(put(path + "/steps/0"), bad).with(ada.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
        }
        mvc.perform(json(
                                put(path + "/steps/1"),
                                "{\"choice\":\"DEFER\",\"until\":\"%s\"}".formatted(today().plusDays(9)))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"Done\"}").with(ada.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.plan").doesNotExist())
                .andExpect(jsonPath("$.finished").value(false));
        mvc.perform(get(ada.workspacePath("/deferrals")).with(ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get(path + "/draft/invitation").with(ada.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(path + "/draft").with(ada.bearer()))
                .andExpect(jsonPath("$.invitation").doesNotExist());
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + coffee + "/deferrals")),
                                "{\"until\":\"2001-01-01\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());

        String deferral = JsonPath.read(
                mvc.perform(json(
                                        post(ada.workspacePath("/partnerships/" + coffee + "/deferrals")),
                                        "{\"until\":\"%s\",\"channel\":\"a call\"}".formatted(today().plusDays(30)))
                                .with(ada.bearer()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String elsewhere = "/api/v1/workspaces/" + eve.workspaceId();
        mvc.perform(delete(elsewhere + "/deferrals/" + deferral).with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(elsewhere + "/contacts/" + ana + "/playbook-runs"), "{\"playbook\":\"COFFEE\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(elsewhere + "/partnerships/" + coffee + "/deferrals").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(elsewhere + "/playbook-runs/" + run + "/draft/invitation")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/deferrals")).with(ada.bearer())).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(delete(ada.workspacePath("/deferrals/" + deferral)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(ada.workspacePath("/deferrals")).with(ada.bearer())).andExpect(jsonPath("$", hasSize(0)));
    }

    /** The meetup's invitation as a file that reads back as iCalendar: the monthly rule, Ana among the attendees. */
    private static void invitationNamesAna(ResultActions response) throws Exception {
        String ics = response.andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("text/calendar")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString(".ics")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Coffee club");
        assertThat(event.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(event.getAttendees()).extracting(Attendee::getCommonName).contains("Ana Ruiz");
    }

    private ResultActions health() throws Exception {
        return mvc.perform(get(ada.workspacePath("/partnerships/" + coffee + "/health"))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
    }

    /** Something happens on the partnership, so its health is computed again for today. */
    private void touch() throws Exception {
        data.create(
                "/partnerships/" + coffee + "/commitments",
                "{\"what\":\"Nothing much\",\"ownerSide\":\"US\",\"dueOn\":\"2099-01-01\"}");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
