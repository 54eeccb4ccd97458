package dev.tandem.feedback;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A round of 1,001 people in four partnerships, 1,000 of whom answered: its results page and API show every count,
 * distribution and average right. With {@code TANDEM_BENCH_PULSE=true} in the environment it also times both (see bench/README.md,
 * "Pulse results"); the test itself never depends on time.
 */
@TandemTest
class PulseResultsTests {

    private static final int PARTNERSHIPS = 4;
    private static final int EACH = 250;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    List<MockMvcBuilderCustomizer> customizers;

    SignedUp ada;
    UUID round;
    List<UUID> partnerships = new ArrayList<>();

    @BeforeEach
    void aRoundWithAThousandAnswers() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        RhythmMother.ourParticipant(mvc, ada, acme);
        String body = mvc.perform(json(post(ada.workspacePath("/feedback/rounds")), """
                        {"title":"Big round","people":[{"partnershipId":"%s","kind":"MEMBER","personId":"%s"}]}""".formatted(acme, ada.userId()))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        round = UUID.fromString(JsonPath.read(body, "$.round.id"));
        for (int p = 0; p < PARTNERSHIPS; p++) {
            partnerships.add(RhythmMother.partnership(mvc, ada, "Partner " + (char) ('A' + p)));
        }
        // people with no account, written as the answers would have left them: one recipient and one answer each
        List<Object[]> recipients = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        var at = Timestamp.from(Instant.now());
        for (int p = 0; p < PARTNERSHIPS; p++) {
            for (int i = 0; i < EACH; i++) {
                UUID recipient = UUID.randomUUID();
                recipients.add(new Object[] {
                    ada.workspaceId(),
                    recipient,
                    round,
                    partnerships.get(p),
                    "CONTACT",
                    UUID.randomUUID(),
                    "Person " + p + "-" + i,
                    null,
                    "en",
                    "NO_EMAIL",
                    UUID.randomUUID().toString(),
                    at
                });
                answers.add(new Object[] {
                    ada.workspaceId(),
                    UUID.randomUUID(),
                    round,
                    recipient,
                    partnerships.get(p),
                    satisfaction(p, i),
                    i % 11,
                    i % 10 == 0 ? "Comment " + p + "-" + i : null,
                    at
                });
            }
        }
        jdbc.batchUpdate(
                "insert into feedback_recipients (workspace_id, id, round_id, partnership_id, kind, person_id, name, "
                        + "email, language, delivery, token_hash, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                recipients);
        jdbc.batchUpdate(
                "insert into feedback_answers (workspace_id, id, round_id, recipient_id, partnership_id, satisfaction, "
                        + "continue_likelihood, answer_1, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                answers);
    }

    /** Partner A answers all 5s, B all 4s… except that every partnership also has one of each rating in five. */
    static int satisfaction(int partnership, int i) {
        return i % 5 == 0 ? (i / 5) % 5 + 1 : 5 - partnership;
    }

    static List<Integer> distribution(int partnership) {
        int[] d = new int[5];
        for (int i = 0; i < EACH; i++) {
            d[satisfaction(partnership, i) - 1]++;
        }
        return Arrays.stream(d).boxed().toList();
    }

    static String average(int partnership) {
        double sum = 0;
        for (int i = 0; i < EACH; i++) {
            sum += satisfaction(partnership, i);
        }
        return String.format(Locale.ROOT, "%.1f", sum / EACH);
    }

    @Test
    void theApiAndThePageShowEveryCountDistributionAndAverage() throws Exception {
        String json = mvc.perform(
                        get(ada.workspacePath("/feedback/rounds/" + round)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(json, "$.sent")).isEqualTo(PARTNERSHIPS * EACH + 1);
        assertThat((Integer) JsonPath.read(json, "$.answered")).isEqualTo(PARTNERSHIPS * EACH);
        List<String> names = JsonPath.read(json, "$.partnerships[*].partnershipName");
        assertThat(names).containsExactly("Acme", "Partner A", "Partner B", "Partner C", "Partner D");
        for (int p = 0; p < PARTNERSHIPS; p++) {
            String at = "$.partnerships[" + (p + 1) + "]";
            assertThat((Integer) JsonPath.read(json, at + ".answered")).isEqualTo(EACH);
            assertThat((Integer) JsonPath.read(json, at + ".responseRate")).isEqualTo(100);
            assertThat((List<Integer>) JsonPath.read(json, at + ".distribution"))
                    .isEqualTo(distribution(p));
            assertThat(JsonPath.read(json, at + ".average").toString()).isEqualTo(average(p));
            assertThat((List<?>) JsonPath.read(json, at + ".comments")).hasSize(EACH / 10);
            assertThat((List<?>) JsonPath.read(json, at + ".recipients")).hasSize(EACH);
        }
        assertThat((Integer) JsonPath.read(json, "$.partnerships[0].answered")).isZero();

        var session = WebSessions.logIn(mvc, ada);
        String page = page(session);
        assertThat(page).contains("Big round");
        for (int p = 0; p < PARTNERSHIPS; p++) {
            assertThat(page).contains("Partner " + (char) ('A' + p));
            assertThat(page).contains(average(p) + " / 5");
            assertThat(page).contains("Comment " + p + "-240");
            for (int rating = 1; rating <= 5; rating++) {
                assertThat(page)
                        .contains("aria-label=\"Rated " + rating + ": "
                                + distribution(p).get(rating - 1) + "\"");
            }
        }
        assertThat(page).contains("100% (250 of 250)").contains("0% (0 of 1)");

        if ("true".equals(System.getenv("TANDEM_BENCH_PULSE"))) {
            mvc = quiet();
            bench(session);
        }
    }

    /**
     * The same MockMvc without the test's own record of each request: it writes out the whole model (here 1,000
     * recipients) after every request, in case the test fails, and that was most of what the bench timed of the page.
     */
    private MockMvc quiet() {
        var builder = MockMvcBuilders.webAppContextSetup(context);
        for (var customizer : customizers) {
            if (customizer instanceof SpringBootMockMvcBuilderCustomizer boot) {
                var withoutPrint = new SpringBootMockMvcBuilderCustomizer(context);
                withoutPrint.setAddFilters(boot.isAddFilters());
                withoutPrint.setPrint(MockMvcPrint.NONE);
                withoutPrint.customize(builder);
            } else {
                customizer.customize(builder);
            }
        }
        return builder.build();
    }

    private String page(RequestPostProcessor session) throws Exception {
        return mvc.perform(get("/w/" + ada.workspaceId() + "/feedback/rounds/" + round)
                        .with(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Times the page and the API in this JVM, after a warm-up: a measurement to read, never an assertion. */
    private void bench(RequestPostProcessor session) throws Exception {
        // As the benchmarks warm a node for minutes before they measure, the JIT gets its due here too.
        int warmup = 1000;
        int runs = 500;
        String db = System.getProperty("spring.datasource.url", "h2").startsWith("jdbc:postgresql") ? "postgres" : "h2";
        StringBuilder out = new StringBuilder(
                "Pulse results of one round with 1,000 answers on " + db + ", " + runs + " requests each\n");
        for (String what : List.of("page", "api")) {
            long[] ms = new long[runs];
            for (int i = -warmup; i < runs; i++) {
                long start = System.nanoTime();
                if (what.equals("page")) {
                    page(session);
                } else {
                    mvc.perform(get(ada.workspacePath("/feedback/rounds/" + round))
                                    .with(ada.bearer()))
                            .andExpect(status().isOk());
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1_000;
                }
            }
            Arrays.sort(ms);
            out.append("%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%s\n"
                    .formatted(
                            what,
                            ms[runs / 2] / 1000.0,
                            ms[runs * 99 / 100] / 1000.0,
                            ms[runs - 1] / 1000.0,
                            what.equals("page") ? ", " + page(session).length() + " characters" : ""));
        }
        System.out.println("BENCH " + out);
        Files.writeString(Path.of("target", "pulse-results-bench-" + db + ".txt"), out);
    }
}
