package dev.tandem.exchange;

import dev.tandem.contacts.ContactImports;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
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

    private final Importer importer;
    private final TransactionTemplate transactions;
    private final WorkspaceLock lock;

    ImportRunner(ContactImports contacts, PlatformTransactionManager transactions, WorkspaceLock lock) {
        this.importer = new Importer(contacts);
        this.transactions = new TransactionTemplate(transactions);
        this.lock = lock;
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
            lock.prepare(context.workspaceId());
            return transactions.execute(status -> {
                lock.take(context.workspaceId());
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
}
