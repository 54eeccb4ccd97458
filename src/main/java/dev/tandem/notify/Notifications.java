package dev.tandem.notify;

import dev.tandem.shared.Ids;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notifications of each member, newest first; only the kinds the member shows are read. */
@Repository
class Notifications {

    private static final String COLUMNS = "id, kind, subject, detail, on_day, link, created_at, read_at";

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one unless the member has one with this key already; whether it was added. */
    boolean add(
            WorkspaceId workspace,
            UserId user,
            NotificationKind kind,
            String key,
            String subject,
            String detail,
            @Nullable LocalDate day,
            String link,
            boolean byMail,
            Instant at) {
        // someone who left the workspace is told nothing (and the insert would break the teller's transaction)
        if (jdbc.sql("select count(*) from memberships where workspace_id = :ws and user_id = :user")
                        .param("ws", workspace.value())
                        .param("user", user.value())
                        .query(Integer.class)
                        .single()
                == 0) {
            return false;
        }
        return jdbc.sql("""
                insert into notify_notifications (workspace_id, id, user_id, kind, dedupe_key, subject, detail, on_day,
                                                  link, created_at, mail_status)
                values (:ws, :id, :user, :kind, :key, :subject, :detail, :day, :link, :at, :mail)
                on conflict do nothing""")
                        .param("ws", workspace.value())
                        .param("id", Ids.next())
                        .param("user", user.value())
                        .param("kind", kind.name())
                        .param("key", Notification.fit(key, 200))
                        .param("subject", Notification.fit(subject, Notification.SUBJECT_LENGTH))
                        .param("detail", Notification.fit(detail, Notification.DETAIL_LENGTH))
                        .param("day", day)
                        .param("link", link)
                        .param("at", Sql.ts(at))
                        .param("mail", byMail ? "PENDING" : null)
                        .update()
                == 1;
    }

    List<Notification> page(
            WorkspaceId workspace,
            UserId user,
            Collection<NotificationKind> kinds,
            boolean unreadOnly,
            PageRequest page) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from notify_notifications"
                        + " where workspace_id = :ws and user_id = :user and kind in (:kinds) and id < :after"
                        + (unreadOnly ? " and read_at is null" : "")
                        + " order by id desc" + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("kinds", names(kinds))
                .param("after", page.afterDescending())
                .query(this::row)
                .list();
    }

    /** The member's notifications of these kinds made since {@code since}, newest first. */
    List<Notification> since(
            WorkspaceId workspace, UserId user, Collection<NotificationKind> kinds, Instant since, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notify_notifications"
                        + " where workspace_id = :ws and user_id = :user and kind in (:kinds) and created_at >= :since"
                        + " order by id desc" + Sql.limit(limit))
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("kinds", names(kinds))
                .param("since", Sql.ts(since))
                .query(this::row)
                .list();
    }

    int unread(WorkspaceId workspace, UserId user, Collection<NotificationKind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from notify_notifications
                where workspace_id = :ws and user_id = :user and kind in (:kinds) and read_at is null""")
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("kinds", names(kinds))
                .query(Integer.class)
                .single();
    }

    @Nullable
    Notification find(WorkspaceId workspace, UserId user, UUID id) {
        return jdbc.sql("select " + COLUMNS
                        + " from notify_notifications where workspace_id = :ws and user_id = :user and id = :id")
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("id", id)
                .query(this::row)
                .optional()
                .orElse(null);
    }

    void markRead(WorkspaceId workspace, UserId user, UUID id, Instant at) {
        jdbc.sql("""
                update notify_notifications set read_at = :at
                where workspace_id = :ws and user_id = :user and id = :id and read_at is null""")
                .param("at", Sql.ts(at))
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("id", id)
                .update();
    }

    int markAllRead(WorkspaceId workspace, UserId user, Instant at) {
        return jdbc.sql("""
                update notify_notifications set read_at = :at
                where workspace_id = :ws and user_id = :user and read_at is null""")
                .param("at", Sql.ts(at))
                .param("ws", workspace.value())
                .param("user", user.value())
                .update();
    }

    private static List<String> names(Collection<NotificationKind> kinds) {
        return kinds.stream().map(Enum::name).toList();
    }

    private Notification row(ResultSet rs, int i) throws SQLException {
        return new Notification(
                rs.getObject("id", UUID.class),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("detail"),
                rs.getObject("on_day", LocalDate.class),
                rs.getString("link"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.instant(rs, "read_at"));
    }
}
