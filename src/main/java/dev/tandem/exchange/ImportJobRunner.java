package dev.tandem.exchange;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the imports the pages start, two at a time, beside the request: the job records its progress
 * in transactions of their own, and its result in the import's transaction, so the job says "done"
 * exactly when the contacts are there. Cancelled or failed, nothing is written.
 */
@Component
class ImportJobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

    /** Thrown between chunks when the user cancelled: the import's transaction rolls back. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final Uploads uploads;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "tandem-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobRunner(
            ImportRunner runner,
            ImportJobs jobs,
            Uploads uploads,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.runner = runner;
        this.jobs = jobs;
        this.uploads = uploads;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Runs the job of an upload; returns when it ended or after {@code wait}, whichever comes first. */
    void submit(
            WorkspaceContext context,
            UUID id,
            ParsedFile file,
            BiFunction<String, Object[], String> messages,
            Duration wait) {
        Future<?> job = pool.submit(() -> run(context, id, file, messages));
        try {
            job.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException running) {
            // The page follows it from here.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(
            WorkspaceContext context, UUID id, ParsedFile file, BiFunction<String, Object[], String> messages) {
        var ws = context.workspaceId();
        try {
            runner.run(
                    context,
                    file,
                    messages,
                    done -> {
                        if (Boolean.TRUE.equals(
                                separately.execute(s -> jobs.progress(ws, id, done, clock.instant())))) {
                            throw new Cancelled();
                        }
                    },
                    result -> {
                        uploads.delete(ws, context.userId(), id);
                        jobs.finish(ws, id, ImportJob.Status.DONE, result, null, clock.instant());
                    });
        } catch (Cancelled cancelled) {
            ended(context, id, ImportJob.Status.CANCELLED, "exchange.job.cancelled");
        } catch (Conflict conflict) {
            ended(context, id, ImportJob.Status.FAILED, conflict.messageKey());
        } catch (RuntimeException failure) {
            log.error("Import {} in workspace {} failed; nothing was written", id, ws, failure);
            ended(context, id, ImportJob.Status.FAILED, "exchange.job.failed");
        }
    }

    private void ended(WorkspaceContext context, UUID id, ImportJob.Status status, String messageKey) {
        separately.executeWithoutResult(s -> {
            uploads.delete(context.workspaceId(), context.userId(), id);
            jobs.finish(context.workspaceId(), id, status, null, messageKey, clock.instant());
        });
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
