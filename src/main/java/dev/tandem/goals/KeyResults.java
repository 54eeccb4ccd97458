package dev.tandem.goals;

import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Key results and their measurements, always within one workspace. */
@Repository
class KeyResults {

    private static final String COLUMNS =
            "id, goal_id, metric, unit, baseline, target, direction, created_at, version, updated_by, updated_at";
    private static final String MEASUREMENT =
            "id, key_result_id, measured_value, measured_on, note, recorded_by, created_at";

    private final JdbcClient jdbc;

    KeyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, KeyResult kr) {
        jdbc.sql("""
                insert into goal_key_results (workspace_id, id, goal_id, metric, unit, baseline, target, direction,
                    created_at)
                values (:ws, :id, :goal, :metric, :unit, :baseline, :target, :direction, :created)""").params(params(ws, kr)).update();
    }

    /** Writes the key result over the version it was based on; false, writing nothing, if that version is gone. */
    boolean update(WorkspaceId ws, KeyResult kr, long basedOn) {
        var params = params(ws, kr);
        params.put("basedOn", basedOn);
        params.put("by", Sql.user(kr.updatedBy()));
        params.put("updated", Sql.ts(kr.updatedAt()));
        return jdbc.sql("""
                update goal_key_results set metric = :metric, unit = :unit, baseline = :baseline, target = :target,
                    direction = :direction, updated_by = :by, updated_at = :updated, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update() == 1;
    }

    /** Holds the key result until the transaction ends, so that two measurements are recorded one after the other. */
    void lock(WorkspaceId ws, UUID id) {
        jdbc.sql("select id from goal_key_results where workspace_id = :ws and id = :id for update")
                .param("ws", ws.value())
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    Optional<KeyResult> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from goal_key_results where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(KeyResults::row)
                .optional();
    }

    /** The key results of the given goals, oldest first. */
    List<KeyResult> ofGoals(WorkspaceId ws, Collection<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " " + """
                 from goal_key_results where workspace_id = :ws and goal_id in (:goals) order by id""")
                .param("ws", ws.value())
                .param("goals", goalIds)
                .query(KeyResults::row)
                .list();
    }

    int count(WorkspaceId ws, UUID goalId) {
        return jdbc.sql("select count(*) from goal_key_results where workspace_id = :ws and goal_id = :goal")
                .param("ws", ws.value())
                .param("goal", goalId)
                .query(Integer.class)
                .single();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("delete from goal_key_results where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    void insert(WorkspaceId ws, Measurement m) {
        jdbc.sql("""
                insert into goal_measurements (workspace_id, id, key_result_id, measured_value, measured_on, note,
                    recorded_by, created_at)
                values (:ws, :id, :kr, :value, :on, :note, :by, :created)""")
                .param("ws", ws.value())
                .param("id", m.id())
                .param("kr", m.keyResultId())
                .param("value", m.value())
                .param("on", m.measuredOn())
                .param("note", new SqlParameterValue(Types.VARCHAR, m.note()))
                .param("by", m.recordedBy().value())
                .param("created", Sql.ts(m.createdAt()))
                .update();
    }

    /** A page of a key result's measurements, latest day first. */
    List<Measurement> measurements(WorkspaceId ws, UUID keyResultId, PageRequest page) {
        return jdbc.sql("select " + MEASUREMENT + " " + """
                 from goal_measurements where workspace_id = :ws and key_result_id = :kr and id < :after
                order by id desc""" + Sql.limit(page.fetchSize()))
                .param("ws", ws.value())
                .param("kr", keyResultId)
                .param("after", page.afterDescending())
                .query(KeyResults::measurement)
                .list();
    }

    /** The latest measurement (by day, then by recording) of each given key result that has one. */
    Map<UUID, Measurement> latest(WorkspaceId ws, Collection<UUID> keyResultIds) {
        Map<UUID, Measurement> latest = new HashMap<>();
        if (keyResultIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("select " + MEASUREMENT + " " + """
                 from goal_measurements where workspace_id = :ws and key_result_id in (:krs)
                order by measured_on, created_at, id""")
                .param("ws", ws.value())
                .param("krs", keyResultIds)
                .query(KeyResults::measurement)
                .list()
                .forEach(m -> latest.put(m.keyResultId(), m));
        return latest;
    }

    private static Map<String, Object> params(WorkspaceId ws, KeyResult kr) {
        var d = kr.details();
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        params.put("id", kr.id());
        params.put("goal", kr.goalId());
        params.put("metric", d.metric());
        params.put("unit", d.unit());
        params.put("baseline", d.baseline());
        params.put("target", d.target());
        params.put("direction", d.direction().name());
        params.put("created", Sql.ts(kr.createdAt()));
        return params;
    }

    private static KeyResult row(ResultSet rs, int i) throws SQLException {
        var details = new KeyResultDetails(
                rs.getString("metric"),
                rs.getString("unit"),
                rs.getBigDecimal("baseline"),
                rs.getBigDecimal("target"),
                Direction.valueOf(rs.getString("direction")));
        return new KeyResult(
                rs.getObject("id", UUID.class),
                rs.getObject("goal_id", UUID.class),
                details,
                Sql.requiredInstant(rs, "created_at"),
                rs.getLong("version"),
                rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", UUID.class)),
                Sql.instant(rs, "updated_at"));
    }

    private static Measurement measurement(ResultSet rs, int i) throws SQLException {
        return new Measurement(
                rs.getObject("id", UUID.class),
                rs.getObject("key_result_id", UUID.class),
                KeyResultDetails.normal(rs.getBigDecimal("measured_value")),
                rs.getObject("measured_on", LocalDate.class),
                rs.getString("note"),
                UserId.of(rs.getObject("recorded_by", UUID.class)),
                Sql.requiredInstant(rs, "created_at"));
    }
}
