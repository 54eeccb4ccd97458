package dev.tandem.health;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A workspace's weights and thresholds; the defaults until someone changes them. */
@Repository
class HealthSettingsStore {

    private final JdbcClient jdbc;

    HealthSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    HealthSettings of(WorkspaceId workspace) {
        return stored(workspace).settings();
    }

    /** The settings with their version and who changed them last. */
    StoredSettings stored(WorkspaceId workspace) {
        return jdbc.sql("select * from health_settings where workspace_id = :ws")
                .param("ws", workspace.value())
                .query((rs, i) -> new StoredSettings(
                        map(rs),
                        rs.getLong("version"),
                        rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", UUID.class)),
                        Sql.instant(rs, "updated_at")))
                .optional()
                .orElse(StoredSettings.DEFAULTS);
    }

    /** The settings in a row of {@code health_settings} columns; the defaults where the row is missing (nulls). */
    static HealthSettings map(ResultSet rs) throws SQLException {
        if (rs.getObject("workspace_id") == null) {
            return HealthSettings.DEFAULTS;
        }
        var weights = new EnumMap<Factor, Integer>(Factor.class);
        for (Factor f : Factor.values()) {
            weights.put(f, rs.getInt(column(f)));
        }
        return new HealthSettings(
                weights,
                rs.getInt("missed_meetings"),
                rs.getInt("of_last_meetings"),
                rs.getInt("on_time_below"),
                rs.getInt("overdue_at_least"),
                rs.getInt("growing_points"));
    }

    /**
     * Writes the settings by {@code by} over version {@code basedOn} (0: the defaults, never saved yet); false, writing
     * nothing, when that version is gone. Two first saves at once: the second insert is a duplicate key, refused.
     */
    boolean save(WorkspaceId workspace, HealthSettings settings, Instant now, UserId by, long basedOn) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.value());
        for (Factor f : Factor.values()) {
            params.put(column(f), settings.weight(f));
        }
        params.put("missed", settings.missedMeetings());
        params.put("ofLast", settings.ofLastMeetings());
        params.put("onTime", settings.onTimeBelow());
        params.put("overdue", settings.overdueAtLeast());
        params.put("growing", settings.growingPoints());
        params.put("now", Sql.ts(now));
        params.put("by", by.value());
        params.put("basedOn", basedOn);
        String update = """
                update health_settings set weight_cadence = :weight_cadence, weight_reliability = :weight_reliability,
                    weight_engagement = :weight_engagement, weight_satisfaction = :weight_satisfaction,
                    weight_reciprocity = :weight_reciprocity, weight_alignment = :weight_alignment,
                    missed_meetings = :missed, of_last_meetings = :ofLast, on_time_below = :onTime,
                    overdue_at_least = :overdue, growing_points = :growing, updated_at = :now,
                    updated_by = :by, version = version + 1
                where workspace_id = :ws and version = :basedOn""";
        if (jdbc.sql(update).params(params).update() == 1) {
            return true;
        }
        if (basedOn != 0
                || jdbc.sql("select count(*) from health_settings where workspace_id = :ws")
                                .param("ws", workspace.value())
                                .query(Long.class)
                                .single()
                        > 0) {
            return false;
        }
        return jdbc.sql("""
                    insert into health_settings (workspace_id, weight_cadence, weight_reliability, weight_engagement,
                        weight_satisfaction, weight_reciprocity, weight_alignment, missed_meetings, of_last_meetings,
                        on_time_below, overdue_at_least, growing_points, updated_at, updated_by, version)
                    values (:ws, :weight_cadence, :weight_reliability, :weight_engagement, :weight_satisfaction,
                        :weight_reciprocity, :weight_alignment, :missed, :ofLast, :onTime, :overdue, :growing, :now,
                        :by, 1)""").params(params).update() == 1;
    }

    private static String column(Factor factor) {
        return "weight_" + factor.name().toLowerCase(Locale.ROOT);
    }
}
