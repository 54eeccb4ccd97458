package dev.tandem.endings;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-ups an ending leaves for a member (reconnect with an alumnus), always within one workspace. */
@Repository
class FollowUps {

    /** Reconnecting with a partnership that ended well. */
    static final String RECONNECT = "RECONNECT";

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, UUID id, UUID partnershipId, UserId owner, String kind, LocalDate due, Instant now) {
        jdbc.sql("""
                insert into endings_follow_ups (workspace_id, id, partnership_id, owner_id, kind, due_on, created_at)
                values (:ws, :id, :p, :owner, :kind, :due, :now)""")
                .param("ws", ws.value())
                .param("id", id)
                .param("p", partnershipId)
                .param("owner", owner.value())
                .param("kind", kind)
                .param("due", due)
                .param("now", Sql.ts(now))
                .update();
    }

    /** The owner's follow-ups due by {@code until} (overdue ones too), soonest first. */
    List<FollowUp> dueBy(WorkspaceId ws, UserId owner, LocalDate until, int limit) {
        return jdbc.sql("""
                select partnership_id, kind, due_on from endings_follow_ups
                where workspace_id = :ws and owner_id = :owner and due_on <= :until order by due_on, id""" + Sql.limit(limit))
                .param("ws", ws.value())
                .param("owner", owner.value())
                .param("until", until)
                .query((rs, i) -> new FollowUp(
                        rs.getObject("partnership_id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    record FollowUp(UUID partnershipId, String kind, LocalDate dueOn) {}
}
