package dev.tandem.exchange;

import dev.tandem.contacts.ContactImports;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import all or nothing: one transaction, which first takes the workspace's import lock, so
 * that two imports of the same people run one after the other and the second finds what the first
 * created. A unique key or a lock that trips all the same (a contact created by hand meanwhile) is a
 * {@link Conflict} (409), and nothing is written.
 */
@Component
class ImportRunner {

    static final Duration LOCK_WAIT = Duration.ofMinutes(1);

    private final Importer importer;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    ImportRunner(ContactImports contacts, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.importer = new Importer(contacts);
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    Importer importer() {
        return importer;
    }

    /** Imports the file; {@code beforeCommit} runs last inside the transaction (it records the job's end). */
    ImportResult run(
            WorkspaceContext context,
            ParsedFile file,
            BiFunction<String, Object[], String> messages,
            Importer.Progress progress,
            Consumer<ImportResult> beforeCommit) {
        try {
            // The lock's row is made in a transaction of its own: inserting it inside the import would wait on an
            // import
            // that inserted it and has not committed.
            transactions.executeWithoutResult(status -> jdbc.sql(
                            "insert into exchange_import_locks (workspace_id) values (:ws) on conflict do nothing")
                    .param("ws", context.workspaceId().value())
                    .update());
            return transactions.execute(status -> {
                lock(context);
                ImportResult result = importer.run(context, file, messages, progress);
                beforeCommit.accept(result);
                return result;
            });
        } catch (DataIntegrityViolationException clash) {
            throw new Conflict("exchange.conflict");
        } catch (TransientDataAccessException busy) {
            throw new Conflict("exchange.busy");
        }
    }

    /**
     * Waits for the workspace's import lock. PostgreSQL waits as long as it takes; H2 gives up after its lock
     * timeout (a second) without ending the transaction, so it is asked again, up to {@link #LOCK_WAIT}.
     */
    private void lock(WorkspaceContext context) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                jdbc.sql("select workspace_id from exchange_import_locks where workspace_id = :ws for update")
                        .param("ws", context.workspaceId().value())
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
