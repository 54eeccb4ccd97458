package dev.tandem.partnerships;

import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stage history of partnerships: rows are only ever added. */
@Repository
class StageChanges {

    private final JdbcClient jdbc;

    StageChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, StageChange change) {
        jdbc.sql("""
                insert into partnership_stage_changes (workspace_id, id, partnership_id, from_stage, to_stage, reason,
                    actor_id, changed_at)
                values (:ws, :id, :partnership, :from, :to, :reason, :actor, :at)""")
                .param("ws", workspace.value())
                .param("id", change.id())
                .param("partnership", change.partnershipId())
                .param(
                        "from",
                        new SqlParameterValue(
                                Types.VARCHAR,
                                change.from() == null ? null : change.from().name()))
                .param("to", change.to().name())
                .param("reason", change.reason())
                .param("actor", change.actorId().value())
                .param("at", Sql.ts(change.changedAt()))
                .update();
    }

    /** Oldest first, as a history reads. */
    List<StageChange> of(WorkspaceId workspace, UUID partnership, PageRequest page) {
        return jdbc.sql("""
                select id, partnership_id, from_stage, to_stage, reason, actor_id, changed_at
                from partnership_stage_changes
                where workspace_id = :ws and partnership_id = :partnership and id > :after
                order by id""" + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .param("after", page.afterAscending())
                .query((rs, i) -> new StageChange(
                        rs.getObject("id", UUID.class),
                        rs.getObject("partnership_id", UUID.class),
                        rs.getString("from_stage") == null ? null : Stage.valueOf(rs.getString("from_stage")),
                        Stage.valueOf(rs.getString("to_stage")),
                        rs.getString("reason"),
                        UserId.of(rs.getObject("actor_id", UUID.class)),
                        Sql.requiredInstant(rs, "changed_at")))
                .list();
    }
}
