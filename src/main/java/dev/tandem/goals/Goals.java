package dev.tandem.goals;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shared goals and the own goals each serves, always within one workspace. */
@Repository
class Goals {

    private static final String COLUMNS = """
            id, partnership_id, title, description, why, our_owner_id, their_owner_id, due_on, status, created_at,
            updated_at, version, updated_by""";

    private final JdbcClient jdbc;

    Goals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Goal goal) {
        jdbc.sql("""
                insert into goals (workspace_id, id, partnership_id, title, description, why, our_owner_id,
                    their_owner_id, due_on, status, created_at, updated_at)
                values (:ws, :id, :partnership, :title, :description, :why, :ours, :theirs, :due, :status, :created,
                    :updated)""").params(params(ws, goal)).update();
        replaceServes(ws, goal);
    }

    /** Writes the goal over the version it was based on; false, writing nothing, if that version is gone. */
    boolean update(WorkspaceId ws, Goal goal, long basedOn) {
        var params = params(ws, goal);
        params.put("basedOn", basedOn);
        int rows = jdbc.sql("""
                update goals set title = :title, description = :description, why = :why, our_owner_id = :ours,
                    their_owner_id = :theirs, due_on = :due, status = :status, updated_at = :updated,
                    updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update();
        if (rows == 1) {
            replaceServes(ws, goal);
        }
        return rows == 1;
    }

    Optional<Goal> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from goals where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Goals::row)
                .optional()
                .map(g -> withServes(ws, List.of(g)).get(0));
    }

    /** A page of a partnership's goals, oldest first. */
    List<Goal> page(WorkspaceId ws, UUID partnershipId, PageRequest page) {
        var rows = jdbc.sql("select " + COLUMNS + " " + """
                 from goals where workspace_id = :ws and partnership_id = :p and id > :after order by id""" + Sql.limit(page.fetchSize()))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .param("after", page.afterAscending())
                .query(Goals::row)
                .list();
        return withServes(ws, rows);
    }

    /** All goals of a partnership (at most {@link Goal#MAX_PER_PARTNERSHIP}), oldest first. */
    List<Goal> all(WorkspaceId ws, UUID partnershipId) {
        return page(ws, partnershipId, new PageRequest(Goal.MAX_PER_PARTNERSHIP, null)).stream()
                .limit(Goal.MAX_PER_PARTNERSHIP)
                .toList();
    }

    /**
     * The ACTIVE goals of a partnership, each with whether it has an owner on each side and the sides of the own
     * goals it serves: what alignment is judged on, in one query.
     */
    List<ActiveGoal> active(WorkspaceId ws, UUID partnershipId) {
        Map<UUID, ActiveGoal> goals = new LinkedHashMap<>();
        jdbc.sql("""
                select g.id, g.our_owner_id, g.their_owner_id, o.side from goals g
                left join goal_serves s on s.workspace_id = g.workspace_id and s.goal_id = g.id
                left join goal_own_goals o on o.workspace_id = s.workspace_id and o.id = s.own_goal_id
                    and o.partnership_id = g.partnership_id
                where g.workspace_id = :ws and g.partnership_id = :p and g.status = 'ACTIVE'""").param("ws", ws.value()).param("p", partnershipId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            var goal = goals.get(id);
            if (goal == null) {
                goal = new ActiveGoal(
                        rs.getObject("our_owner_id") != null,
                        rs.getObject("their_owner_id") != null,
                        EnumSet.noneOf(Side.class));
                goals.put(id, goal);
            }
            String side = rs.getString("side");
            if (side != null) {
                goal.servedSides().add(Side.valueOf(side));
            }
        });
        return List.copyOf(goals.values());
    }

    int count(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select count(*) from goals where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Integer.class)
                .single();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("delete from goals where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private void replaceServes(WorkspaceId ws, Goal goal) {
        jdbc.sql("delete from goal_serves where workspace_id = :ws and goal_id = :id")
                .param("ws", ws.value())
                .param("id", goal.id())
                .update();
        for (UUID own : goal.details().serves()) {
            jdbc.sql("insert into goal_serves (workspace_id, goal_id, own_goal_id) values (:ws, :id, :own)")
                    .param("ws", ws.value())
                    .param("id", goal.id())
                    .param("own", own)
                    .update();
        }
    }

    private List<Goal> withServes(WorkspaceId ws, List<Goal> goals) {
        if (goals.isEmpty()) {
            return goals;
        }
        Map<UUID, List<UUID>> serves = new LinkedHashMap<>();
        jdbc.sql("""
                select goal_id, own_goal_id from goal_serves where workspace_id = :ws and goal_id in (:ids)
                order by own_goal_id""")
                .param("ws", ws.value())
                .param("ids", goals.stream().map(Goal::id).toList())
                .query((rs, i) ->
                        Map.entry(rs.getObject("goal_id", UUID.class), rs.getObject("own_goal_id", UUID.class)))
                .list()
                .forEach(e -> serves.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return goals.stream()
                .map(g -> {
                    var d = g.details();
                    var details = new GoalDetails(
                            d.title(),
                            d.description(),
                            d.why(),
                            d.ourOwner(),
                            d.theirOwner(),
                            d.dueOn(),
                            d.status(),
                            serves.getOrDefault(g.id(), List.of()));
                    return new Goal(
                            g.id(),
                            g.partnershipId(),
                            details,
                            g.createdAt(),
                            g.updatedAt(),
                            g.version(),
                            g.updatedBy());
                })
                .toList();
    }

    private static Map<String, Object> params(WorkspaceId ws, Goal goal) {
        var d = goal.details();
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        params.put("id", goal.id());
        params.put("partnership", goal.partnershipId());
        params.put("title", d.title());
        params.put("description", new SqlParameterValue(Types.VARCHAR, d.description()));
        params.put("why", new SqlParameterValue(Types.VARCHAR, d.why()));
        params.put(
                "ours",
                new SqlParameterValue(
                        Types.OTHER, d.ourOwner() == null ? null : d.ourOwner().value()));
        params.put("theirs", new SqlParameterValue(Types.OTHER, d.theirOwner()));
        params.put("due", d.dueOn());
        params.put("status", d.status().name());
        params.put("created", Sql.ts(goal.createdAt()));
        params.put("updated", Sql.ts(goal.updatedAt()));
        params.put("by", Sql.user(goal.updatedBy()));
        return params;
    }

    private static Goal row(ResultSet rs, int i) throws SQLException {
        UUID ours = rs.getObject("our_owner_id", UUID.class);
        UUID updatedBy = rs.getObject("updated_by", UUID.class);
        var details = new GoalDetails(
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("why"),
                ours == null ? null : UserId.of(ours),
                rs.getObject("their_owner_id", UUID.class),
                rs.getObject("due_on", LocalDate.class),
                GoalStatus.valueOf(rs.getString("status")),
                List.of());
        return new Goal(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                details,
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                updatedBy == null ? null : UserId.of(updatedBy));
    }

    /** The visibility of each goal of a partnership. */
    Map<UUID, Visibility> visibilities(WorkspaceId ws, UUID partnershipId) {
        Map<UUID, Visibility> visibilities = new HashMap<>();
        jdbc.sql("select id, visibility from goals where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query((rs, i) -> visibilities.put(
                        rs.getObject("id", UUID.class), Visibility.valueOf(rs.getString("visibility"))))
                .list();
        return visibilities;
    }

    /** Whether the visibility changed (false: it was that already). */
    boolean changeVisibility(WorkspaceId ws, UUID id, Visibility visibility) {
        return jdbc.sql("""
                update goals set visibility = :visibility, version = version + 1
                where workspace_id = :ws and id = :id and visibility <> :visibility""")
                        .param("visibility", visibility.name())
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }
}
