package dev.tandem.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.TandemApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An older Tandem started on a database that a newer one migrated refuses to start, and says why, instead of
 * writing to a schema it does not know. Flyway decides this, not SQL, so the test uses a database of its own.
 */
class SchemaGuardTests {

    private final String url = "jdbc:h2:mem:schema-guard-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void aSchemaMigratedByANewerReleaseIsRefusedWithAMessageSayingWhatToDo() {
        int tablesBefore;
        try (var newerRelease = start()) {
            var jdbc = newerRelease.getBean(JdbcClient.class);
            tablesBefore = tables(jdbc);
            jdbc.sql("""
                    insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    select max(installed_rank) + 1, '2999.01.01.10', 'from a newer tandem', 'SQL',
                        'V2999_01_01_10__from_a_newer_tandem.sql', 0, 'tandem', 1, true
                    from flyway_schema_history""").update();
        }

        assertThatThrownBy(this::start)
                .hasRootCauseInstanceOf(NewerSchema.class)
                .satisfies(failure -> {
                    var analysis = new NewerSchemaFailureAnalyzer().analyze(failure);
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription())
                            .contains("migrated by a newer release of Tandem")
                            .contains("2999.01.01.10")
                            .contains("2026.");
                    assertThat(analysis.getAction()).contains("restore the backup taken before the upgrade");
                });
        try (var connection = new SingleConnectionDataSource(url, "sa", "", true)) {
            assertThat(tables(JdbcClient.create(connection))).isEqualTo(tablesBefore);
        }
    }

    @Test
    void anOlderSchemaIsMigratedAsBefore() {
        try (var context = start()) {
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success")
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    private static int tables(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from information_schema.tables")
                .query(Integer.class)
                .single();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                // Arguments, not default properties: those would lose to the test profile's database.
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--tandem.health.decay.enabled=false");
    }
}
