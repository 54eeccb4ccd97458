package dev.tandem.operations;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Gives PostgreSQL statistics for tables that have outgrown theirs while those still say next to nothing (a fresh
 * install). Without them the key {@code (workspace_id, id)} and any other index that begins with the workspace cost
 * the same to the planner, and the one it picks reads every entry of the workspace to find one row: reading back a
 * contact just created walked {@code contacts_by_organization} (34 buffers at 4,464 contacts, and growing) until
 * something analysed the table. Autovacuum does so within a minute, when it runs at all; this does it within
 * {@code tandem.database.young-statistics.every} on every node (ANALYZE blocks no reads or writes). Tables whose
 * statistics know {@value #FEW} rows or more are left to autovacuum. H2 plans otherwise and is left alone.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tandem.database.young-statistics.enabled", havingValue = "true", matchIfMissing = true)
class YoungTableStatistics {

    /** Statistics that know fewer rows than this are young. */
    static final long FEW = 1_000;

    /** Rows changed since the last analysis, beyond half the rows known, that make young statistics stale. */
    static final long CHANGED = 50;

    private final JdbcTemplate jdbc;
    private final Database database;
    private volatile @Nullable Boolean postgres;

    YoungTableStatistics(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    @Scheduled(
            initialDelayString = "${tandem.database.young-statistics.every:PT10S}",
            fixedDelayString = "${tandem.database.young-statistics.every:PT10S}")
    void run() {
        analyseStale();
    }

    /** Analyses this schema's young tables that have grown by half since, or were never analysed; their names. */
    List<String> analyseStale() {
        if (!postgres()) {
            return List.of();
        }
        List<String> stale = jdbc.queryForList("""
                select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                where s.schemaname = current_schema() and c.reltuples < ?
                and s.n_mod_since_analyze >= ? + greatest(c.reltuples, 0) / 2
                order by s.relname""", String.class, FEW, CHANGED);
        for (String table : stale) {
            // A name from the catalog, quoted: never from input.
            jdbc.execute("analyze \"" + table.replace("\"", "\"\"") + "\"");
        }
        return stale;
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = database.kind().postgres();
            postgres = known;
        }
        return known;
    }
}
