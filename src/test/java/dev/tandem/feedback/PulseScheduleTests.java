package dev.tandem.feedback;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestMailbox;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A partnership's pulse schedule with the clock moved forward: a round goes out when due and not twice, one reminder
 * reaches only those who have not answered, a closed round reminds nobody, and nothing goes out once it is removed.
 * Without SMTP the mails with their links are in the log, where {@link TestMailbox} reads them.
 */
@TandemTest
class PulseScheduleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduleJob job;

    @Autowired
    TestClock clock;

    SignedUp ada;
    UUID acme;
    UUID ana;
    UUID bea;
    String anaMail;
    String beaMail;

    @BeforeEach
    void partnership() throws Exception {
        TestMailbox.open();
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        anaMail = "ana." + tag + "@example.org";
        beaMail = "bea." + tag + "@example.org";
        ana = contact("Ana Rossi", anaMail, "it");
        bea = contact("Bea Ruiz", beaMail, "es");
        for (UUID c : List.of(ana, bea)) {
            RhythmMother.id(
                    mvc,
                    ada,
                    "/partnerships/" + acme + "/participants",
                    "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(c));
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    UUID contact(String name, String email, String language) throws Exception {
        return RhythmMother.id(mvc, ada, "/contacts", """
                {"displayName":"%s","emails":["%s"],"phones":[],"tags":[],"preferredLanguage":"%s"}""".formatted(name, email, language));
    }

    String schedulePath() {
        return ada.workspacePath("/partnerships/" + acme + "/pulse-schedule");
    }

    String body(int everyWeeks, Integer remind, UUID... people) {
        StringBuilder list = new StringBuilder();
        for (UUID p : people) {
            list.append(list.isEmpty() ? "" : ",").append("{\"kind\":\"CONTACT\",\"personId\":\"%s\"}".formatted(p));
        }
        return "{\"everyWeeks\":%d,\"remindAfterDays\":%s,\"people\":[%s]}".formatted(everyWeeks, remind, list);
    }

    List<UUID> rounds() {
        return jdbc.sql("select id from feedback_rounds where workspace_id = :ws order by opened_at")
                .param("ws", ada.workspaceId())
                .query(UUID.class)
                .list();
    }

    void runJob(Duration later) {
        clock.advance(later);
        job.run();
    }

    @Test
    void aRoundGoesOutWhenDueOnceAndTheReminderOnlyToThoseWhoHaveNotAnswered() throws Exception {
        mvc.perform(json(put(schedulePath()), body(2, 5, ana, bea)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.everyWeeks").value(2))
                .andExpect(jsonPath("$.remindAfterDays").value(5))
                .andExpect(jsonPath("$.people.length()").value(2));
        mvc.perform(json(put(schedulePath()), body(3, 5, ana))
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
        assertThat(rounds()).as("nothing before the job runs").isEmpty();

        runJob(Duration.ofMinutes(1));
        runJob(Duration.ofMinutes(1));
        var sent = rounds();
        assertThat(sent).as("one round, however often the job runs").hasSize(1);
        assertThat(TestMailbox.count(anaMail)).isEqualTo(1);
        assertThat(TestMailbox.count(beaMail)).isEqualTo(1);
        assertThat(TestMailbox.last(anaMail)).contains("Ciao Ana Rossi");
        UUID first = sent.get(0);
        String anaToken = TestMailbox.token(anaMail, "/pulse/" + first + "/");
        String beaFirst = TestMailbox.token(beaMail, "/pulse/" + first + "/");
        mvc.perform(json(post("/api/v1/pulse/" + first + "/" + anaToken), "{\"satisfaction\":4}"))
                .andExpect(status().isCreated());

        runJob(Duration.ofDays(4));
        assertThat(TestMailbox.count(beaMail)).as("no reminder before its day").isEqualTo(1);
        runJob(Duration.ofDays(1));
        runJob(Duration.ofHours(1));
        assertThat(TestMailbox.count(anaMail))
                .as("who answered is not reminded")
                .isEqualTo(1);
        assertThat(TestMailbox.count(beaMail)).as("one reminder, once").isEqualTo(2);
        assertThat(TestMailbox.last(beaMail)).contains("un pequeño recordatorio");
        String beaSecond = TestMailbox.token(beaMail, "/pulse/" + first + "/");
        assertThat(beaSecond).isNotEqualTo(beaFirst);
        mvc.perform(get("/api/v1/pulse/" + first + "/" + beaSecond)).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/pulse/" + first + "/" + beaFirst), "{\"satisfaction\":3}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(json(post("/api/v1/pulse/" + first + "/" + beaSecond), "{\"satisfaction\":3}"))
                .andExpect(status().isCreated());

        runJob(Duration.ofDays(9));
        assertThat(rounds()).as("two weeks after the first, the second").hasSize(2);
        assertThat(TestMailbox.count(anaMail)).isEqualTo(2);
        mvc.perform(get(schedulePath()).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastSentAt").isNotEmpty());

        mvc.perform(delete(schedulePath()).header("If-Match", "\"1\"").with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(schedulePath()).with(ada.bearer())).andExpect(status().isNotFound());
        runJob(Duration.ofDays(6));
        runJob(Duration.ofDays(30));
        assertThat(rounds()).as("no round after the schedule is removed").hasSize(2);
        assertThat(TestMailbox.count(anaMail))
                .as("nor the reminder of its last round")
                .isEqualTo(2);
        assertThat(TestMailbox.count(beaMail)).isEqualTo(3);
    }

    @Test
    void aRoundClosedEarlyRemindsNobody() throws Exception {
        mvc.perform(json(put(schedulePath()), body(4, null, ana)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.remindAfterDays").value(5));
        runJob(Duration.ofMinutes(1));
        UUID round = rounds().get(0);
        mvc.perform(post(ada.workspacePath("/feedback/rounds/" + round + "/close"))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        runJob(Duration.ofDays(6));
        assertThat(TestMailbox.count(anaMail)).isEqualTo(1);
        assertThat(rounds()).hasSize(1);
    }

    @Test
    void badSchedulesAreRefusedWithNothingWritten() throws Exception {
        UUID stranger = UUID.randomUUID();
        for (String bad : List.of(
                body(0, 5, ana),
                body(53, 5, ana),
                body(2, 0, ana),
                body(2, 14, ana),
                body(2, 5),
                body(2, 5, stranger))) {
            mvc.perform(json(put(schedulePath()), bad).with(ada.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
        }
        var other = TestUsers.signUp(mvc, "Olga");
        mvc.perform(json(put(other.workspacePath("/partnerships/" + acme + "/pulse-schedule")), body(2, 5, ana))
                        .with(other.bearer()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from feedback_schedules where workspace_id = :ws")
                        .param("ws", ada.workspaceId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theScheduleIsSetAndRemovedFromThePartnershipsFeedbackPage() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/partnerships/" + acme + "/feedback";
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pulse schedule")))
                .andExpect(content().string(containsString("No schedule yet")))
                .andExpect(content().string(containsString("CONTACT:" + ana)));

        mvc.perform(post(page + "/schedule")
                        .with(session)
                        .with(csrf())
                        .param("everyWeeks", "0")
                        .param("remindAfterDays", "5")
                        .param("people", "CONTACT:" + ana)
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose between 1 and 52 weeks.")));

        mvc.perform(post(page + "/schedule")
                        .with(session)
                        .with(csrf())
                        .param("everyWeeks", "6")
                        .param("remindAfterDays", "4")
                        .param("people", "CONTACT:" + ana, "CONTACT:" + bea)
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Every 6 weeks to 2 people")))
                .andExpect(content().string(containsString("Mail is not set up on this server")));

        mvc.perform(post(page + "/schedule/delete").with(session).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No schedule yet")));
    }

    @Test
    void anExpiredLinkGetsAFriendlyPageAnd410AndWritesNothing() throws Exception {
        String body = mvc.perform(json(post(ada.workspacePath("/feedback/rounds")), """
                        {"title":"Short","days":1,"people":[{"partnershipId":"%s","kind":"CONTACT","personId":"%s"}]}""".formatted(acme, ana))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String link = URI.create(JsonPath.read(body, "$.links[0].link")).getPath();
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("lang=\"it\"")))
                .andExpect(content().string(containsString("Il sondaggio è terminato. Grazie lo stesso!")));
        mvc.perform(json(post("/api/v1" + link), "{\"satisfaction\":5}"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.status").value(410));
        mvc.perform(post(link).with(csrf()).param("satisfaction", "5")).andExpect(status().isGone());
        assertThat(jdbc.sql("select count(*) from feedback_answers where workspace_id = :ws")
                        .param("ws", ada.workspaceId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void twoNodesRunningTheJobAtOnceSendTheRoundAndTheReminderOnce() throws Exception {
        mvc.perform(json(put(schedulePath()), body(2, 5, ana, bea)).with(ada.bearer()))
                .andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(1));
        atOnce();
        assertThat(rounds()).hasSize(1);
        assertThat(TestMailbox.count(anaMail)).isEqualTo(1);
        assertThat(TestMailbox.count(beaMail)).isEqualTo(1);
        clock.advance(Duration.ofDays(5));
        atOnce();
        assertThat(TestMailbox.count(anaMail)).isEqualTo(2);
        assertThat(TestMailbox.count(beaMail)).isEqualTo(2);
    }

    /** The job run by two threads released by one barrier, as two nodes on one database would. */
    private void atOnce() throws Exception {
        var start = new CyclicBarrier(2);
        Callable<ScheduleJob.Run> run = () -> {
            start.await(10, TimeUnit.SECONDS);
            return job.run();
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(run);
            var b = pool.submit(run);
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
