package dev.tandem.exchange;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Import jobs, in the database so that any node can show one's progress and take its cancellation. */
@Repository
class ImportJobs {

    /** A running job not heard of for this long died with its node; its transaction was rolled back. */
    static final Duration SILENT = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Starts the job of an upload; false when it was started already (a second confirmation). */
    boolean start(WorkspaceId ws, UUID id, UserId user, String fileName, int total, Instant now) {
        try {
            jdbc.sql("""
                    insert into exchange_import_jobs (workspace_id, id, user_id, file_name, status, total, done,
                        cancel_requested, created_at, updated_at)
                    values (:ws, :id, :user, :name, 'RUNNING', :total, 0, false, :now, :now)""")
                    .param("ws", ws.value())
                    .param("id", id)
                    .param("user", user.value())
                    .param("name", fileName)
                    .param("total", total)
                    .param("now", Sql.ts(now))
                    .update();
            return true;
        } catch (DuplicateKeyException started) {
            return false;
        }
    }

    /** Records progress; true when the user asked to cancel. */
    boolean progress(WorkspaceId ws, UUID id, int done, Instant now) {
        jdbc.sql(
                        "update exchange_import_jobs set done = :done, updated_at = :now where workspace_id = :ws and id = :id")
                .param("done", done)
                .param("now", Sql.ts(now))
                .param("ws", ws.value())
                .param("id", id)
                .update();
        return jdbc.sql("select cancel_requested from exchange_import_jobs where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    void finish(
            WorkspaceId ws,
            UUID id,
            ImportJob.Status status,
            @Nullable ImportResult result,
            @Nullable String messageKey,
            Instant now) {
        jdbc.sql("""
                update exchange_import_jobs set status = :status, result = :result, message_key = :key,
                    done = case when :done then total else done end, updated_at = :now
                where workspace_id = :ws and id = :id""")
                .param("status", status.name())
                .param("result", result == null ? null : json.writeValueAsString(result))
                .param("key", messageKey)
                .param("done", status == ImportJob.Status.DONE)
                .param("now", Sql.ts(now))
                .param("ws", ws.value())
                .param("id", id)
                .update();
    }

    /** Asks a running job of this user to stop; false when there is none. */
    boolean cancel(WorkspaceId ws, UserId user, UUID id) {
        return jdbc.sql("""
                update exchange_import_jobs set cancel_requested = true
                where workspace_id = :ws and id = :id and user_id = :user and status = 'RUNNING'""")
                        .param("ws", ws.value())
                        .param("id", id)
                        .param("user", user.value())
                        .update()
                > 0;
    }

    /** A job of this user; a running one silent for too long is shown as interrupted. */
    Optional<ImportJob> find(WorkspaceId ws, UserId user, UUID id, Instant now) {
        return jdbc.sql("""
                select id, file_name, status, total, done, result, message_key, updated_at from exchange_import_jobs
                where workspace_id = :ws and id = :id and user_id = :user""")
                .param("ws", ws.value())
                .param("id", id)
                .param("user", user.value())
                .query((rs, i) -> {
                    var status = ImportJob.Status.valueOf(rs.getString("status"));
                    String key = rs.getString("message_key");
                    if (status == ImportJob.Status.RUNNING
                            && Sql.requiredInstant(rs, "updated_at").isBefore(now.minus(SILENT))) {
                        status = ImportJob.Status.FAILED;
                        key = "exchange.job.interrupted";
                    }
                    String result = rs.getString("result");
                    return new ImportJob(
                            rs.getObject("id", UUID.class),
                            rs.getString("file_name"),
                            status,
                            rs.getInt("total"),
                            rs.getInt("done"),
                            result == null ? null : json.readValue(result, ImportResult.class),
                            key);
                })
                .optional();
    }

    int purgeOlderThan(Instant cutoff) {
        return jdbc.sql("delete from exchange_import_jobs where created_at < :cutoff and status <> 'RUNNING'")
                .param("cutoff", Sql.ts(cutoff))
                .update();
    }
}
