package dev.tandem.space;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far each user has read each partnership's space: the counter they had seen, and when. */
@Repository
class Visits {

    private final JdbcClient jdbc;

    Visits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Visit> of(WorkspaceId workspace, UserId user, UUID partnership) {
        return jdbc.sql("""
                select seen_seq, seen_at from space_visits
                where workspace_id = :ws and user_id = :user and partnership_id = :p""")
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("p", partnership)
                .query((rs, i) -> new Visit(rs.getLong("seen_seq"), Sql.requiredInstant(rs, "seen_at")))
                .optional();
    }

    /** Read up to {@code seq}; never moves back (an older page sent late). */
    void record(WorkspaceId workspace, UserId user, UUID partnership, long seq, Instant at) {
        jdbc.sql("""
                insert into space_visits (workspace_id, user_id, partnership_id, seen_seq, seen_at)
                values (:ws, :user, :p, :seq, :at) on conflict do nothing""")
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("p", partnership)
                .param("seq", seq)
                .param("at", Sql.ts(at))
                .update();
        jdbc.sql("""
                update space_visits set seen_seq = :seq, seen_at = :at
                where workspace_id = :ws and user_id = :user and partnership_id = :p and seen_seq < :seq""")
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("p", partnership)
                .param("seq", seq)
                .param("at", Sql.ts(at))
                .update();
    }

    /** Per partnership, the posts and replies by others published since the user last read its space. */
    Map<UUID, Integer> unread(WorkspaceId workspace, UserId user, boolean sharedOnly) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select p.partnership_id, count(*) as unread from space_posts p
                left join space_visits v on v.workspace_id = p.workspace_id and v.user_id = :user
                    and v.partnership_id = p.partnership_id
                where p.workspace_id = :ws and p.author_id <> :user and p.deleted_at is null
                    and p.created_seq > coalesce(v.seen_seq, 0)""" + (sharedOnly ? " and p.visibility = 'SHARED'" : "") + " group by p.partnership_id")
                .param("ws", workspace.value())
                .param("user", user.value())
                .query((rs, i) -> counts.put(rs.getObject("partnership_id", UUID.class), rs.getInt("unread")))
                .list();
        return counts;
    }

    /** The posts and replies by others in one partnership's space published after {@code seq}. */
    int unreadIn(WorkspaceId workspace, UserId user, UUID partnership, long seq, boolean sharedOnly) {
        return jdbc.sql("""
                select count(*) from space_posts where workspace_id = :ws and partnership_id = :p
                    and author_id <> :user and deleted_at is null and created_seq > :seq""" + (sharedOnly ? " and visibility = 'SHARED'" : ""))
                .param("ws", workspace.value())
                .param("p", partnership)
                .param("user", user.value())
                .param("seq", seq)
                .query(Integer.class)
                .single();
    }

    record Visit(long seq, Instant at) {}
}
