package dev.tandem.rhythm;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Meetings: planning, the listen-first round, bad input, attendance, and holding one (last contact, timeline). */
@TandemTest
class MeetingApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;
    UUID acme;
    UUID ana;
    UUID us;

    @BeforeEach
    void partnershipWithParticipants() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        us = RhythmMother.ourParticipant(mvc, ada, acme);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCheckInOpensWithTheListenFirstRoundAndKeepsItsTimeZone() throws Exception {
        mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/meetings")), """
                        {"type":"CHECK_IN","startsAt":"2030-03-01T10:00","endsAt":"2030-03-01T11:00",
                         "timeZone":"Europe/Rome","videoUrl":"https://meet.example/acme","agenda":["Budget"]}""")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.startsAt").value("2030-03-01T10:00"))
                .andExpect(jsonPath("$.startsAtUtc").value("2030-03-01T09:00:00Z"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Rome"))
                .andExpect(jsonPath("$.agenda[*].listenFirst").value(contains(true, false)))
                .andExpect(jsonPath("$.agenda[1].title").value("Budget"))
                .andExpect(jsonPath("$.held").value(false));
        mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/meetings")), """
                        {"type":"CHECK_IN","startsAt":"2030-03-02T10:00","endsAt":"2030-03-02T11:00",
                         "timeZone":"UTC","listenFirst":false}""")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agenda", hasSize(0)));
        mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/meetings")), """
                        {"type":"KICKOFF","startsAt":"2030-03-03T10:00","endsAt":"2030-03-03T11:00","timeZone":"UTC"}""")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agenda", hasSize(0)));

        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/meetings?limit=2"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type").value(contains("KICKOFF", "CHECK_IN")))
                .andExpect(jsonPath("$.nextCursor", notNullValue()));
        String first = mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/meetings?limit=2"))
                        .with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/meetings?limit=2&cursor="
                                + JsonPath.read(first, "$.nextCursor")))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].startsAt").value(contains("2030-03-01T10:00")))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
    }

    @Test
    void aVideoLinkIsAnHttpAddressOnPlanningAndReplanning() throws Exception {
        for (String link : new String[] {
            "javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://files.example/x", "meet.example/acme"
        }) {
            mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/meetings")), """
                            {"type":"CHECK_IN","startsAt":"2030-03-01T10:00","endsAt":"2030-03-01T11:00",
                             "timeZone":"UTC","videoUrl":"%s"}""".formatted(link))
                            .with(ada.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("videoUrl"))
                    .andExpect(jsonPath("$.detail").value("Enter an address starting with http:// or https://."));
        }
        String created = mvc.perform(json(post(ada.workspacePath("/partnerships/" + acme + "/meetings")), """
                        {"type":"CHECK_IN","startsAt":"2030-03-01T10:00","endsAt":"2030-03-01T11:00",
                         "timeZone":"UTC","videoUrl":"http://meet.example/acme"}""")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.videoUrl").value("http://meet.example/acme"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String meeting = ada.workspacePath("/meetings/" + JsonPath.read(created, "$.id"));
        mvc.perform(json(patch(meeting), """
                {"videoUrl":"javascript:alert(1)"}""").with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("videoUrl"));
        mvc.perform(get(meeting).with(ada.bearer()))
                .andExpect(jsonPath("$.videoUrl").value("http://meet.example/acme"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/meetings"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void badMeetingsAreRefusedOnTheirFieldAndNothingIsWritten() throws Exception {
        schedule("2030-03-01T11:00", "2030-03-01T10:00", "UTC")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"))
                .andExpect(jsonPath("$.detail").value("A meeting must end after it starts."));
        schedule("2030-03-01T10:00", "2030-03-01T10:00", "UTC").andExpect(status().isBadRequest());
        schedule("1 March", "2030-03-01T10:00", "UTC")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startsAt"));
        schedule("2030-03-01T10:00", "2030-03-01T11:00", "Mars/Olympus")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + acme + "/meetings")),
                                "{\"type\":\"PARTY\",\"startsAt\":\"2030-03-01T10:00\",\"endsAt\":\"2030-03-01T11:00\",\"timeZone\":\"UTC\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + UUID.randomUUID() + "/meetings")),
                                "{\"type\":\"INFORMAL\",\"startsAt\":\"2030-03-01T10:00\",\"endsAt\":\"2030-03-01T11:00\",\"timeZone\":\"UTC\"}")
                        .with(ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/meetings"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void attendanceIsForParticipantsOfThePartnershipOnly() throws Exception {
        UUID meeting = RhythmMother.meeting(mvc, ada, acme, "CHECK_IN", "2030-03-01T10:00", "2030-03-01T11:00");
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting + "/attendance"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$[*].side").value(contains("OURS", "THEIRS")))
                .andExpect(jsonPath("$[0].status").doesNotExist());
        attend(meeting, ana, "ATTENDED")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].name").value("Ana"))
                .andExpect(jsonPath("$[1].status").value("ATTENDED"));
        attend(meeting, ana, "EXCUSED").andExpect(jsonPath("$[1].status").value("EXCUSED"));

        UUID other = RhythmMother.partnership(mvc, ada, "Other");
        UUID stranger = RhythmMother.theirParticipant(mvc, ada, other, "Stranger");
        attend(meeting, stranger, "ATTENDED")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participantId"));
        attend(meeting, UUID.randomUUID(), "ATTENDED").andExpect(status().isBadRequest());
        attend(meeting, ana, "SLEEPING").andExpect(status().isBadRequest());
        attend(UUID.randomUUID(), ana, "ATTENDED").andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting + "/attendance"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$[1].status").value("EXCUSED"))
                .andExpect(jsonPath("$[0].status").doesNotExist());
    }

    @Test
    void holdingAMeetingMovesLastContactedAndTellsWhoAttended() throws Exception {
        var rome = ZoneId.of("Europe/Rome");
        var start = LocalDateTime.now(rome).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        UUID meeting = RhythmMother.meeting(
                mvc, ada, acme, "CHECK_IN", start.toString(), start.plusHours(1).toString());
        attend(meeting, ana, "ATTENDED").andExpect(status().isOk());
        attend(meeting, us, "ATTENDED").andExpect(status().isOk());
        hold(meeting)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("This meeting has not started yet, so it cannot be marked as held."));

        clock.advance(Duration.ofDays(20));
        mvc.perform(json(
                                patch(ada.workspacePath("/meetings/" + meeting)),
                                "{\"notes\":\"They feel heard.\",\"decisions\":\"Monthly check-ins\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes").value("They feel heard."));
        String held = hold(meeting)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.held").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Object endsAt = JsonPath.read(held, "$.endsAtUtc");
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme)).with(ada.bearer()))
                .andExpect(jsonPath("$.lastContactedAt").value(endsAt))
                .andExpect(jsonPath("$.cadenceStatus").value("DUE"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].type").value("rhythm.meeting.held.CHECK_IN"))
                .andExpect(jsonPath("$.items[0].text").value("Check-in held · attended: Ada, Ana"))
                .andExpect(jsonPath("$.items[0].interaction").value(true));
        hold(meeting).andExpect(status().isConflict());
    }

    @Test
    void aMeetingCanBeReplannedButNeverToEndBeforeItStarts() throws Exception {
        UUID meeting = RhythmMother.meeting(mvc, ada, acme, "KICKOFF", "2030-03-01T10:00", "2030-03-01T11:00");
        mvc.perform(json(patch(ada.workspacePath("/meetings/" + meeting)), "{\"endsAt\":\"2030-03-01T09:00\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"));
        mvc.perform(json(
                                patch(ada.workspacePath("/meetings/" + meeting)),
                                "{\"endsAt\":\"2030-03-01T12:00\",\"place\":\"Their office\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endsAt").value("2030-03-01T12:00"))
                .andExpect(jsonPath("$.place").value("Their office"));
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting)).with(ada.bearer()))
                .andExpect(jsonPath("$.endsAt").value("2030-03-01T12:00"));
    }

    private ResultActions schedule(String start, String end, String zone) throws Exception {
        return mvc.perform(
                json(post(ada.workspacePath("/partnerships/" + acme + "/meetings")), """
                {"type":"INFORMAL","startsAt":"%s","endsAt":"%s","timeZone":"%s"}""".formatted(start, end, zone))
                        .with(ada.bearer()));
    }

    private ResultActions attend(UUID meeting, UUID participant, String status) throws Exception {
        return mvc.perform(json(
                        put(ada.workspacePath("/meetings/" + meeting + "/attendance")),
                        "{\"participantId\":\"%s\",\"status\":\"%s\"}".formatted(participant, status))
                .with(ada.bearer()));
    }

    private ResultActions hold(UUID meeting) throws Exception {
        return mvc.perform(json(patch(ada.workspacePath("/meetings/" + meeting)), "{\"held\":true}")
                .with(ada.bearer()));
    }
}
