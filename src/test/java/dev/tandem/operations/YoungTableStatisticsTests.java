package dev.tandem.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.TandemTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh install's tables grow while PostgreSQL's statistics still say they are empty; until analysed, a look-up by
 * key may read a wider index's entries for the whole workspace. The job analyses such tables.
 */
@TandemTest
class YoungTableStatisticsTests {

    private static final String PROBE = "young_statistics_probe";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YoungTableStatistics statistics;

    @Test
    void aTableThatOutgrewItsStatisticsIsAnalysedThenLeftAlone() throws InterruptedException {
        boolean postgres = jdbc.sql("select count(*) from information_schema.tables where table_name = 'pg_indexes'")
                        .query(Integer.class)
                        .single()
                > 0;
        assumeTrue(postgres, "statistics and plans are PostgreSQL's; H2 plans otherwise");
        UUID workspace = UUID.randomUUID();
        // Shaped like contacts: the key, and an index that begins with the workspace and ends with the id.
        jdbc.sql("create table " + PROBE + " (workspace_id uuid not null, id uuid not null, organization_id uuid,"
                        + " notes varchar(4000), primary key (workspace_id, id))")
                .update();
        try {
            jdbc.sql("create index " + PROBE + "_by_organization on " + PROBE + " (workspace_id, organization_id, id)")
                    .update();
            jdbc.sql("insert into " + PROBE + " select :ws, gen_random_uuid(), null, repeat('n', 3000)"
                            + " from generate_series(1, 4000)")
                    .param("ws", workspace)
                    .update();

            // The insert's counts reach pg_stat_user_tables within a second or so; the scheduled run may come first.
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (known() < 4_000 && System.nanoTime() < deadline) {
                statistics.analyseStale();
                Thread.sleep(200);
            }

            assertThat(known()).isEqualTo(4_000);
            assertThat(statistics.analyseStale()).doesNotContain(PROBE);
        } finally {
            jdbc.sql("drop table " + PROBE).update();
        }
    }

    private long known() {
        return jdbc.sql("select reltuples::bigint from pg_class where oid = :table::regclass")
                .param("table", PROBE)
                .query(Long.class)
                .single();
    }
}
