package dev.tandem.bench;

import static dev.tandem.TestUsers.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The benchmark generator, in small: a handful of partnerships whose history the application reads back. */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchGeneratorTests {

    private static final int PARTNERSHIPS = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    static Path out;

    private BenchGenerator.Report report;
    private List<BulkLoad.Definition> schemaBefore;

    @BeforeAll
    void generate() throws Exception {
        schemaBefore = BulkLoad.definitions(dataSource, Rows.Table.names());
        report = BenchGenerator.run(
                context, new BenchOptions(PARTNERSHIPS, 7, 2, TestUsers.uniqueEmail("bench"), out, List.of()));
    }

    @Test
    void writesAHistoryOfTheExpectedSizePerPartnership() {
        assertThat(count("partnerships")).isEqualTo(PARTNERSHIPS);
        assertThat(count("contacts")).isBetween(3L * PARTNERSHIPS, 7L * PARTNERSHIPS);
        assertThat(count("rhythm_meetings")).isBetween(14L * PARTNERSHIPS, 26L * PARTNERSHIPS);
        assertThat(count("rhythm_commitments")).isBetween(20L * PARTNERSHIPS, 40L * PARTNERSHIPS);
        assertThat(count("goals")).isBetween(1L * PARTNERSHIPS, 5L * PARTNERSHIPS);
        assertThat(count("partnership_notes")).isBetween(14L * PARTNERSHIPS, 26L * PARTNERSHIPS);
        assertThat(count("timeline_entries")).isGreaterThan(100L * PARTNERSHIPS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from memberships where workspace_id = ?", Long.class, report.workspaceId()))
                .isEqualTo(2);
        report.portfolio()
                .rows()
                .forEach((table, rows) ->
                        assertThat(count(table.name)).as(table.name).isEqualTo(rows));
    }

    @Test
    void leavesEveryKeyIndexAndForeignKeyAsTheMigrationsMadeThem() throws Exception {
        assertThat(schemaBefore).extracting(BulkLoad.Definition::kind).contains(BulkLoad.Kind.values());
        assertThat(schemaBefore)
                .extracting(BulkLoad.Definition::name)
                .contains("timeline_by_subject", "contact_term_prefixes_by_contact", "rhythm_commitments_by_due");
        assertThat(BulkLoad.definitions(dataSource, Rows.Table.names()))
                .containsExactlyInAnyOrderElementsOf(schemaBefore);
    }

    @Test
    void lastContactedIsTheLatestInteraction() {
        var mismatched = jdbc.queryForObject("""
                select count(*) from partnerships p where p.workspace_id = ? and p.last_contacted_at is distinct from (
                    select max(t.occurred_at) from timeline_entries t where t.workspace_id = p.workspace_id
                    and t.subject_kind = 'PARTNERSHIP' and t.subject_id = p.id and t.interaction)""", Long.class, report.workspaceId());
        assertThat(mismatched).isZero();
    }

    @Test
    void theApplicationReadsItWithTheToken() throws Exception {
        var token = bearer(report.token());
        String path = "/api/v1/workspaces/" + report.workspaceId();
        mvc.perform(get(path + "/partnerships?limit=200").with(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(PARTNERSHIPS));
        UUID partnership = report.portfolio().partnerships().get(0).id();
        mvc.perform(get(path + "/partnerships/" + partnership + "/timeline").with(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(Matchers.greaterThan(10)));
        mvc.perform(get(path + "/partnerships/" + partnership + "/reliability").with(token))
                .andExpect(status().isOk());
        String family = jdbc.queryForObject(
                "select family_name from contacts where workspace_id = ? limit 1", String.class, report.workspaceId());
        mvc.perform(get(path + "/contacts").param("q", family.substring(0, 3)).with(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].displayName").value(Matchers.hasItem(Matchers.endsWith(family))));
    }

    @Test
    void healthIsComputedByTheApplicationWithItsTwelveWeeks() throws Exception {
        var token = bearer(report.token());
        String path = "/api/v1/workspaces/" + report.workspaceId();
        Integer active = jdbc.queryForObject(
                "select count(*) from partnerships where workspace_id = ? and stage <> 'ENDED'",
                Integer.class,
                report.workspaceId());
        mvc.perform(get(path + "/health?sort=risk&limit=200").with(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(active))
                .andExpect(jsonPath("$.items[0].score").isNumber());
        Integer snapshots = jdbc.queryForObject(
                "select count(*) from health_snapshots where workspace_id = ?", Integer.class, report.workspaceId());
        Assertions.assertThat(snapshots).isGreaterThan(active);
    }

    @Test
    void leavesTheFilesTheLoadScenariosRead() throws Exception {
        assertThat(Files.readAllLines(out.resolve("partnerships.txt"))).hasSize(PARTNERSHIPS);
        assertThat(Files.readString(out.resolve("workspace.env"))).contains("TOKEN=" + report.token());
        assertThat(out.resolve("open-commitments.txt")).exists();
        assertThat(out.resolve("participants.txt")).exists();
        assertThat(Files.readAllLines(out.resolve("prefixes.txt"))).contains("ros", "jose");
    }

    private long count(String table) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where workspace_id = ?", Long.class, report.workspaceId());
    }
}
