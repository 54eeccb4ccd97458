package dev.tandem.goals;

import dev.tandem.partnerships.Side;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each side's own goals for a partnership, always within one workspace. */
@Repository
class OwnGoals {

    private static final String COLUMNS =
            "id, partnership_id, side, kind, title, description, created_at, version, updated_by, updated_at";

    private final JdbcClient jdbc;

    OwnGoals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, OwnGoal own) {
        jdbc.sql("""
                insert into goal_own_goals (workspace_id, id, partnership_id, side, kind, title, description, created_at)
                values (:ws, :id, :p, :side, :kind, :title, :description, :created)""")
                .param("ws", ws.value())
                .param("id", own.id())
                .param("p", own.partnershipId())
                .param("side", own.side().name())
                .param("kind", own.kind().name())
                .param("title", own.title())
                .param("description", new SqlParameterValue(Types.VARCHAR, own.description()))
                .param("created", Sql.ts(own.createdAt()))
                .update();
    }

    /** Writes the own goal over the version it was based on; false, writing nothing, if that version is gone. */
    boolean update(WorkspaceId ws, OwnGoal own, long basedOn) {
        return jdbc.sql("""
                update goal_own_goals set side = :side, kind = :kind, title = :title, description = :description,
                    updated_by = :by, updated_at = :updated, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""")
                        .param("ws", ws.value())
                        .param("id", own.id())
                        .param("side", own.side().name())
                        .param("kind", own.kind().name())
                        .param("title", own.title())
                        .param("description", new SqlParameterValue(Types.VARCHAR, own.description()))
                        .param(
                                "by",
                                new SqlParameterValue(
                                        Types.OTHER,
                                        own.updatedBy() == null
                                                ? null
                                                : own.updatedBy().value()))
                        .param("updated", Sql.ts(own.updatedAt()))
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    Optional<OwnGoal> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from goal_own_goals where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(OwnGoals::row)
                .optional();
    }

    List<OwnGoal> page(WorkspaceId ws, UUID partnershipId, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from goal_own_goals where workspace_id = :ws and partnership_id = :p and id > :after
                order by id""" + Sql.limit(page.fetchSize()))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .param("after", page.afterAscending())
                .query(OwnGoals::row)
                .list();
    }

    List<OwnGoal> all(WorkspaceId ws, UUID partnershipId) {
        return page(ws, partnershipId, new PageRequest(OwnGoal.MAX_PER_PARTNERSHIP, null)).stream()
                .limit(OwnGoal.MAX_PER_PARTNERSHIP)
                .toList();
    }

    /** How many of the given ids are own goals of the partnership. */
    int countOf(WorkspaceId ws, UUID partnershipId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from goal_own_goals where workspace_id = :ws and partnership_id = :p and id in (:ids)""")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .param("ids", ids)
                .query(Integer.class)
                .single();
    }

    int count(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select count(*) from goal_own_goals where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Integer.class)
                .single();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("delete from goal_own_goals where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private static OwnGoal row(ResultSet rs, int i) throws SQLException {
        return new OwnGoal(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                Side.valueOf(rs.getString("side")),
                OwnGoalKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                Sql.requiredInstant(rs, "created_at"),
                rs.getLong("version"),
                rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", UUID.class)),
                Sql.instant(rs, "updated_at"));
    }
}
