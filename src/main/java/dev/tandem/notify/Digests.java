package dev.tandem.notify;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digests sent or being sent, one row per member and week. A row is claimed before its mail is sent (inserted,
 * or moved from FAILED to SENDING when its retry is due), so that of several nodes only one sends it.
 */
@Repository
class Digests {

    static final int MAX_ATTEMPTS = 5;

    /** A failed digest whose retry is due. */
    record Due(WorkspaceId workspaceId, UserId userId, LocalDate week) {}

    private final JdbcClient jdbc;

    Digests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean claim(WorkspaceId workspace, UserId user, LocalDate week, Instant now) {
        return jdbc.sql("""
                insert into notify_digests (workspace_id, user_id, week, status, attempts, claimed_at)
                values (:ws, :user, :week, 'SENDING', 1, :now)
                on conflict do nothing""")
                        .param("ws", workspace.value())
                        .param("user", user.value())
                        .param("week", week)
                        .param("now", Sql.ts(now))
                        .update()
                == 1;
    }

    /** Failed digests whose retry is due, and those a node claimed long ago and never finished (it died). */
    List<Due> retries(Instant now, Instant abandonedBefore, int limit) {
        return jdbc.sql("""
                select workspace_id, user_id, week from notify_digests
                where (status = 'FAILED' and next_attempt <= :now)
                   or (status = 'SENDING' and claimed_at < :abandoned)""" + Sql.limit(limit))
                .param("now", Sql.ts(now))
                .param("abandoned", Sql.ts(abandonedBefore))
                .query((rs, i) -> new Due(
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getObject("week", LocalDate.class)))
                .list();
    }

    boolean claimRetry(Due due, Instant now, Instant abandonedBefore) {
        return jdbc.sql("""
                update notify_digests set status = 'SENDING', attempts = attempts + 1, claimed_at = :now
                where workspace_id = :ws and user_id = :user and week = :week
                  and ((status = 'FAILED' and next_attempt <= :now)
                       or (status = 'SENDING' and claimed_at < :abandoned))""")
                        .param("now", Sql.ts(now))
                        .param("abandoned", Sql.ts(abandonedBefore))
                        .param("ws", due.workspaceId().value())
                        .param("user", due.userId().value())
                        .param("week", due.week())
                        .update()
                == 1;
    }

    void finish(WorkspaceId workspace, UserId user, LocalDate week, DigestStatus status, Instant now) {
        jdbc.sql("""
                update notify_digests set status = :status, sent_at = :now, next_attempt = null, last_error = null
                where workspace_id = :ws and user_id = :user and week = :week""")
                .param("status", status.name())
                .param("now", Sql.ts(now))
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("week", week)
                .update();
    }

    /** Records a failure: retried later with a growing delay, until {@value #MAX_ATTEMPTS} attempts. */
    void fail(WorkspaceId workspace, UserId user, LocalDate week, String error, Instant now) {
        int attempts = jdbc.sql(
                        "select attempts from notify_digests where workspace_id = :ws and user_id = :user and week = :week")
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("week", week)
                .query(Integer.class)
                .single();
        boolean again = attempts < MAX_ATTEMPTS;
        jdbc.sql("""
                update notify_digests set status = :status, next_attempt = :next, last_error = :error
                where workspace_id = :ws and user_id = :user and week = :week""")
                .param("status", (again ? DigestStatus.FAILED : DigestStatus.GAVE_UP).name())
                .param("next", again ? Sql.ts(now.plusSeconds(600L << (attempts - 1))) : null)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("week", week)
                .update();
    }

    /** The workspace's digests of the last weeks that did not go out (or not yet), newest first. */
    List<DigestDelivery> troubled(WorkspaceId workspace, int limit) {
        return jdbc.sql("""
                select user_id, week, status, attempts, sent_at, next_attempt, last_error from notify_digests
                where workspace_id = :ws and status in ('FAILED', 'GAVE_UP', 'SENDING')
                order by week desc, user_id""" + Sql.limit(limit))
                .param("ws", workspace.value())
                .query((rs, i) -> new DigestDelivery(
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getObject("week", LocalDate.class),
                        DigestStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        Sql.instant(rs, "sent_at"),
                        Sql.instant(rs, "next_attempt"),
                        rs.getString("last_error")))
                .list();
    }
}
