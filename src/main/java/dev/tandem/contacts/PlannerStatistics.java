package dev.tandem.contacts;

import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells PostgreSQL how many contacts and organisations there are when its statistics still say next to none.
 * Every row a batch writes checks its foreign key to its contact, and PostgreSQL plans that check once per
 * connection. Planned with no statistics, the key {@code (workspace_id, id)} and every other index that begins
 * with the workspace cost the same, the index made last wins, and the check reads all of the workspace's entries
 * of {@code contacts_by_organization}: an import slowed with every contact it wrote (10,000 in 54 s, most of it in
 * these checks). Analysed, the key wins, and the statistics change makes every connection plan its checks again.
 * H2 plans otherwise and is left alone.
 *
 * <p>An import also plans each of its statements afresh ({@link #customPlansForThisTransaction}): a session caches
 * a generic plan for a prepared statement after five runs, and one cached while the tables were nearly empty kept
 * the re-import's per-contact lookups on sequential scans of tables that had grown to tens of thousands of rows.
 */
@Component
class PlannerStatistics {

    /** Fewer rows than this in the statistics, and they are taken again after a batch. */
    static final long FEW = 1_000;

    /**
     * The search terms too: a search of numbers alone (which keep no prefixes, ADR 13) reads them by range, and
     * planned with no statistics PostgreSQL sorted all 41,900 contacts a "1" matched among 50,000 (330 ms) instead
     * of walking the names until a page matched (13 ms).
     */
    private static final List<String> TABLES = List.of("contacts", "contact_organizations", "contact_terms");

    private static final Object CUSTOM_PLANS = new Object();

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** On PostgreSQL, until the transaction ends, plans every statement with its values instead of a cached plan. */
    void customPlansForThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || !postgres()) {
            return;
        }
        if (TransactionSynchronizationManager.hasResource(CUSTOM_PLANS)) {
            return;
        }
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
        TransactionSynchronizationManager.bindResource(CUSTOM_PLANS, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CUSTOM_PLANS);
            }
        });
    }

    /** Analyses the contact and organisation tables whose statistics know fewer than {@link #FEW} rows. */
    void afterBatch() {
        if (!postgres()) {
            return;
        }
        for (String table : TABLES) {
            // reltuples is -1 while a table has never been analysed. In the batch's transaction, ANALYZE counts the
            // rows it has written.
            Long known = jdbc.queryForObject(
                    "select reltuples::bigint from pg_class where oid = ?::regclass", Long.class, table);
            if (known != null && known < FEW) {
                jdbc.execute("analyze " + table);
            }
        }
    }

    /** Whether the database is PostgreSQL. */
    boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>)
                    c -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
            postgres = known;
        }
        return known;
    }
}
