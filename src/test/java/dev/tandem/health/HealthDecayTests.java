package dev.tandem.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.rhythm.RhythmMother;
import dev.tandem.shared.WorkspaceId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The daily job on several nodes at once, and history back-filled from past facts. */
@TandemTest
class HealthDecayTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    HealthDecay decay;

    @Autowired
    HealthService health;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoNodesRunningTheJobAtOnceSplitTheWorkAndNeverRepeatIt() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        for (int i = 0; i < 8; i++) {
            RhythmMother.partnership(mvc, ada, "Partner " + i);
        }
        clock.advance(Duration.ofDays(1));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long stale = jdbc.sql("select count(*) from health_scores where as_of < :today")
                .param("today", today)
                .query(Long.class)
                .single();
        assertThat(stale).isGreaterThanOrEqualTo(8);

        var nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = decay::advance;
            List<Future<Integer>> done = nodes.invokeAll(List.of(run, run));
            assertThat(done.get(0).get() + done.get(1).get()).isEqualTo((int) stale);
        } finally {
            nodes.shutdown();
        }
        assertThat(decay.advance()).isZero();
        assertThat(jdbc.sql("select count(*) from health_scores where as_of < :today")
                        .param("today", today)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void backFillJudgesEachPastWeekOnItsOwnFactsFromTheWeekThePartnershipExisted() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        clock.advance(Duration.ofDays(-40));
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        clock.reset();

        health.backfill(new WorkspaceId(ada.workspaceId()), 12);
        String json = mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health"))
                        .with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> scores = new ArrayList<>(JsonPath.read(json, "$.trend[*].score"));
        List<Object> weeks = JsonPath.read(json, "$.trend[*]");
        assertThat(weeks).hasSize(12);
        // created about six weeks ago: earlier weeks stay empty, then 100 while in cadence, then decaying
        assertThat(scores).hasSizeBetween(5, 7);
        assertThat(scores.get(0)).isEqualTo(100);
        assertThat(scores.get(scores.size() - 1)).isEqualTo(JsonPath.<Integer>read(json, "$.score"));
        assertThat(scores.get(scores.size() - 1)).isLessThan(scores.get(0));
        assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));

        health.backfill(new WorkspaceId(ada.workspaceId()), 12);
        String again = mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health"))
                        .with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(again, "$.trend")).isEqualTo(JsonPath.read(json, "$.trend"));
    }
}
