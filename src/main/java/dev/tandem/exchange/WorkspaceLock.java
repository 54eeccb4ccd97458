package dev.tandem.exchange;

import dev.tandem.shared.WorkspaceId;
import java.time.Duration;
import java.util.UUID;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A workspace's import lock: imports into one workspace (contacts, a restore) run one after the other, the second
 * seeing what the first wrote.
 */
@Component
class WorkspaceLock {

    static final Duration LOCK_WAIT = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    WorkspaceLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Makes the lock's row, in a transaction of its own: inserting it inside the import would wait on an import
     * that inserted it and has not committed. Call before the import's transaction.
     */
    void prepare(WorkspaceId workspace) {
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "insert into exchange_import_locks (workspace_id) values (:ws) on conflict do nothing")
                .param("ws", workspace.value())
                .update());
    }

    /**
     * Waits for the lock, inside the import's transaction. PostgreSQL waits as long as it takes; H2 gives up after
     * its lock timeout (a second) without ending the transaction, so it is asked again, up to {@link #LOCK_WAIT}.
     */
    void take(WorkspaceId workspace) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                jdbc.sql("select workspace_id from exchange_import_locks where workspace_id = :ws for update")
                        .param("ws", workspace.value())
                        .query(UUID.class)
                        .single();
                return;
            } catch (TransientDataAccessException timeout) {
                if (System.nanoTime() > deadline) {
                    throw timeout;
                }
            }
        }
    }
}
