package dev.tandem.timeline;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import dev.tandem.shared.Ids;
import dev.tandem.shared.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A partnership's timeline tells every kind of event each module publishes in the reader's language, dates and
 * numbers included, and still shows the entries stored before their arguments were typed.
 */
@TandemTest
class PartnershipTimelineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SignedUp ada;
    SignedUp chiara;
    UUID acme;

    @BeforeEach
    void partnershipWithAHistory() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        chiara = italian();
        TestUsers.addMember(mvc, ada, chiara, "VIEWER");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        send(put(path("")), """
                {"name":"Acme Pilot","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}""");
        send(post(path("/stage")), "{\"stage\":\"COLLABORATING\",\"reason\":\"First joint project\"}");
        send(post(path("/notes")), "{\"body\":\"Kick-off went well\",\"visibility\":\"SHARED\"}");
        UUID ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana Ruiz");
        UUID bo = RhythmMother.theirParticipant(mvc, ada, acme, "Bo Berg");
        send(delete(path("/participants/" + bo)), null);

        UUID meeting = RhythmMother.meeting(mvc, ada, acme, "CHECK_IN", "2025-06-02T10:00", "2025-06-02T11:00");
        send(
                put(ada.workspacePath("/meetings/" + meeting + "/attendance")),
                "{\"participantId\":\"%s\",\"status\":\"ATTENDED\"}".formatted(ana));
        send(patch(ada.workspacePath("/meetings/" + meeting)), "{\"held\":true}");

        UUID draft = RhythmMother.commitment(mvc, ada, acme, "Send the draft", "US", "2030-01-10");
        send(patch(ada.workspacePath("/commitments/" + draft)), "{\"dueOn\":\"2030-01-20\"}");
        UUID intro = RhythmMother.commitment(mvc, ada, acme, "Intro to finance", "THEM", "2025-05-05");
        send(patch(ada.workspacePath("/commitments/" + intro)), "{\"status\":\"DONE\",\"doneOn\":\"2025-05-02\"}");
        UUID slides = RhythmMother.commitment(mvc, ada, acme, "Slides", "US", "2025-05-05");
        send(patch(ada.workspacePath("/commitments/" + slides)), "{\"status\":\"DONE\",\"doneOn\":\"2025-05-09\"}");
        UUID survey = RhythmMother.commitment(mvc, ada, acme, "Survey", "THEM", "2025-05-05");
        send(patch(ada.workspacePath("/commitments/" + survey)), "{\"status\":\"DROPPED\"}");

        UUID goal = RhythmMother.id(
                mvc, ada, "/partnerships/" + acme + "/goals", "{\"title\":\"Grow signups\",\"dueOn\":\"2099-12-31\"}");
        UUID kr = RhythmMother.id(
                mvc,
                ada,
                "/goals/" + goal + "/key-results",
                "{\"metric\":\"Signups\",\"unit\":\"people\",\"baseline\":0,\"target\":5000}");
        send(post(ada.workspacePath("/key-results/" + kr + "/measurements")), "{\"value\":1234.5}");
        send(patch(ada.workspacePath("/goals/" + goal)), "{\"status\":\"ACHIEVED\"}");
        send(patch(ada.workspacePath("/goals/" + goal)), "{\"status\":\"ACTIVE\"}");
        send(patch(ada.workspacePath("/goals/" + goal)), "{\"status\":\"DROPPED\"}");

        stored("rhythm.commitment.made.THEM", "[\"Old promise\",\"2026-01-05\"]");
        stored("goal.measured", "[\"Signups\",\"150\",\"people\",\"Grow\"]");
    }

    @Test
    void everyKindOfEventReadsInEnglish() throws Exception {
        assertThat(texts(ada))
                .contains(
                        "Partnership “Acme” created",
                        "Details of “Acme Pilot” updated",
                        "Moved to Collaborating: First joint project",
                        "Shared note: Kick-off went well",
                        "Ana Ruiz joined “Acme Pilot” on their side as Lead",
                        "Bo Berg left “Acme Pilot” (their side)",
                        "Check-in held · attended: Ana Ruiz",
                        "We committed to “Send the draft” by Jan 10, 2030",
                        "Our “Send the draft” slipped from Jan 10, 2030 to Jan 20, 2030",
                        "They delivered “Intro to finance” on time (due May 5, 2025)",
                        "We delivered “Slides” late (due May 5, 2025)",
                        "They dropped “Survey” (due May 5, 2025)",
                        "Shared goal set: “Grow signups”",
                        "Signups: 1,234.5 people (goal “Grow signups”)",
                        "Shared goal achieved: “Grow signups”",
                        "Shared goal reopened: “Grow signups”",
                        "Shared goal dropped: “Grow signups”",
                        "They committed to “Old promise” by 2026-01-05",
                        "Signups: 150 people (goal “Grow”)");
    }

    @Test
    void everyKindOfEventReadsInItalianOnTheApiAndThePage() throws Exception {
        assertThat(texts(chiara))
                .contains(
                        "Partnership «Acme» creata",
                        "Dettagli di «Acme Pilot» aggiornati",
                        "Passata a Collaborazione: First joint project",
                        "Nota condivisa: Kick-off went well",
                        "Ana Ruiz si è unito a «Acme Pilot» dalla loro parte come Lead",
                        "Bo Berg ha lasciato «Acme Pilot» (loro parte)",
                        "Check-in svolto · presenti: Ana Ruiz",
                        "Ci siamo impegnati a “Send the draft” entro il 10 gen 2030",
                        "Il nostro “Send the draft” è slittato dal 10 gen 2030 al 20 gen 2030",
                        "Hanno mantenuto “Intro to finance” in tempo (scadenza 5 mag 2025)",
                        "Abbiamo mantenuto “Slides” in ritardo (scadenza 5 mag 2025)",
                        "Hanno abbandonato “Survey” (scadenza 5 mag 2025)",
                        "Obiettivo condiviso fissato: “Grow signups”",
                        "Signups: 1.234,5 people (obiettivo “Grow signups”)",
                        "Obiettivo condiviso raggiunto: “Grow signups”",
                        "Obiettivo condiviso riaperto: “Grow signups”",
                        "Obiettivo condiviso abbandonato: “Grow signups”",
                        "Si sono impegnati a “Old promise” entro il 2026-01-05",
                        "Signups: 150 people (obiettivo “Grow”)");
        // the partnership's Timeline tab, as a whole page
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + acme + "/timeline")
                        .with(WebSessions.logIn(mvc, chiara)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Il nostro “Send the draft” è slittato dal 10 gen 2030")))
                .andExpect(content().string(containsString("Signups: 1.234,5 people")));
    }

    private List<String> texts(SignedUp reader) throws Exception {
        String page = mvc.perform(get(path("/timeline?limit=200")).with(reader.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(page, "$.items[*].text");
    }

    /** A row as the timeline stored it before its arguments were typed: plain strings. */
    private void stored(String type, String args) {
        Instant at = Instant.parse("2025-01-15T09:00:00Z");
        jdbc.sql("""
                insert into timeline_entries (workspace_id, id, subject_kind, subject_id, type, args, actor_id,
                    actor_name, occurred_at, interaction)
                values (:ws, :id, 'PARTNERSHIP', :subject, :type, :args, null, 'Ada', :at, false)""")
                .param("ws", ada.workspaceId())
                .param("id", Ids.at(at))
                .param("subject", acme)
                .param("type", type)
                .param("args", args)
                .param("at", Sql.ts(at))
                .update();
    }

    private SignedUp italian() throws Exception {
        String email = TestUsers.uniqueEmail("chiara");
        String body = mvc.perform(json(post("/api/v1/auth/signup").header("Accept-Language", "it"), """
                        {"email":"%s","password":"%s","displayName":"Chiara","workspaceName":"Suo"}""".formatted(
                                email, TestUsers.PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        TestUsers.verifyEmail(mvc, email);
        return new SignedUp(
                UUID.fromString(JsonPath.read(body, "$.userId")),
                UUID.fromString(JsonPath.read(body, "$.workspaceId")),
                JsonPath.read(body, "$.token"),
                email,
                TestUsers.PASSWORD);
    }

    private void send(MockHttpServletRequestBuilder request, @Nullable String body) throws Exception {
        var withBody = body == null ? request : json(request, body);
        int status = mvc.perform(withBody.with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(request.toString()).isBetween(200, 299);
    }

    private String path(String rest) {
        return ada.workspacePath("/partnerships/" + acme + rest);
    }
}
