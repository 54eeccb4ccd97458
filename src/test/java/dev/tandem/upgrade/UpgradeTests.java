package dev.tandem.upgrade;

import static dev.tandem.TestUsers.bearer;
import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestClock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Upgrades never break data: the demo workspace as release 0.1.0 left it in the database migrates to this
 * release at start-up, and this release reads every partnership, meeting, commitment and health score as
 * 0.1.0 stored it. Runs on H2 and on PostgreSQL, each from that database's own fixture.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class UpgradeTests {

    static final String RELEASE = "0.1.0";
    static final FixtureDatabase DATABASE = FixtureDatabase.forThisBuild();
    static Stored before;

    @DynamicPropertySource
    static void releasedDatabase(DynamicPropertyRegistry properties) throws Exception {
        DATABASE.load(RELEASE);
        try (var connection = new SingleConnectionDataSource(DATABASE.connect(), true)) {
            before = Stored.read(JdbcClient.create(connection));
        }
        properties.add("spring.datasource.url", DATABASE::url);
        properties.add("spring.datasource.username", DATABASE::username);
        properties.add("spring.datasource.password", DATABASE::password);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        DATABASE.drop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLastReleasesDemoMigratesAndReadsTheSame() throws Exception {
        assertThat(before.partnerships()).hasSize(16);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success")
                        .query(Integer.class)
                        .single())
                .isZero();

        String login = mvc.perform(json(
                        post("/api/v1/auth/login"),
                        "{\"email\":\"demo@tandem.local\",\"password\":\"tandem demo partnerships\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(login, "$.token");
        String me = mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String workspace = "/api/v1/workspaces/"
                + JsonPath.<List<String>>read(me, "$.workspaces[*].id").get(0);

        var partnerships = new TreeMap<String, String>();
        var meetings = new TreeMap<String, String>();
        var commitments = new TreeMap<String, String>();
        var scores = new TreeMap<String, Integer>();
        for (Map<String, Object> partnership : all(token, workspace + "/partnerships")) {
            String id = (String) partnership.get("id");
            partnerships.put(id, partnership.get("name") + " " + partnership.get("stage"));
            for (var meeting : all(token, workspace + "/partnerships/" + id + "/meetings")) {
                meetings.put(
                        (String) meeting.get("id"), id + " " + meeting.get("startsAtUtc") + " " + meeting.get("held"));
            }
            for (var commitment : all(token, workspace + "/partnerships/" + id + "/commitments")) {
                commitments.put(
                        (String) commitment.get("id"),
                        id + " " + commitment.get("what") + " " + commitment.get("status"));
            }
            String health = mvc.perform(
                            get(workspace + "/partnerships/" + id + "/health").with(bearer(token)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Map<String, Object> document = JsonPath.read(health, "$");
            if (document.get("score") instanceof Integer score) {
                scores.put(id, score);
            }
        }

        assertThat(partnerships).isEqualTo(before.partnerships());
        assertThat(meetings).isEqualTo(before.meetings());
        assertThat(commitments).isEqualTo(before.commitments());
        assertThat(scores).isEqualTo(before.scores()).isNotEmpty();
    }

    private List<Map<String, Object>> all(String token, String path) throws Exception {
        var items = new ArrayList<Map<String, Object>>();
        String cursor = null;
        do {
            var request = get(path).param("limit", "100").with(bearer(token));
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String page = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Map<String, Object> document = JsonPath.read(page, "$");
            items.addAll(JsonPath.read(page, "$.items"));
            cursor = (String) document.get("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** What 0.1.0 stored, read with its own schema before this release migrates it. */
    record Stored(
            Map<String, String> partnerships,
            Map<String, String> meetings,
            Map<String, String> commitments,
            Map<String, Integer> scores) {

        static Stored read(JdbcClient jdbc) {
            var partnerships = new TreeMap<String, String>();
            jdbc.sql("select id, name, stage from partnerships").query(rs -> {
                partnerships.put(rs.getString("id"), rs.getString("name") + " " + rs.getString("stage"));
            });
            var meetings = new TreeMap<String, String>();
            jdbc.sql("select id, partnership_id, starts_at, held_at from rhythm_meetings")
                    .query(rs -> {
                        meetings.put(
                                rs.getString("id"),
                                rs.getString("partnership_id") + " "
                                        + rs.getObject("starts_at", OffsetDateTime.class)
                                                .toInstant() + " "
                                        + (rs.getObject("held_at") != null));
                    });
            var commitments = new TreeMap<String, String>();
            jdbc.sql("select id, partnership_id, what, status from rhythm_commitments")
                    .query(rs -> {
                        commitments.put(
                                rs.getString("id"),
                                rs.getString("partnership_id") + " " + rs.getString("what") + " "
                                        + rs.getString("status"));
                    });
            var scores = new TreeMap<String, Integer>();
            jdbc.sql("select partnership_id, score from health_scores where score is not null")
                    .query(rs -> {
                        scores.put(rs.getString("partnership_id"), rs.getInt("score"));
                    });
            return new Stored(partnerships, meetings, commitments, scores);
        }
    }
}
