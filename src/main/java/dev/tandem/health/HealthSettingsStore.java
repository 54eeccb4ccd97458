package dev.tandem.health;

import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
        return jdbc.sql("select * from health_settings where workspace_id = :ws").param("ws", workspace.value())
                .query((rs, i) -> map(rs)).optional().orElse(HealthSettings.DEFAULTS);
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
        return new HealthSettings(weights, rs.getInt("missed_meetings"), rs.getInt("of_last_meetings"),
                rs.getInt("on_time_below"), rs.getInt("overdue_at_least"), rs.getInt("growing_points"));
    }

    void save(WorkspaceId workspace, HealthSettings settings, Instant now) {
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
        String update = """
                update health_settings set weight_cadence = :weight_cadence, weight_reliability = :weight_reliability,
                    weight_engagement = :weight_engagement, weight_satisfaction = :weight_satisfaction,
                    weight_reciprocity = :weight_reciprocity, weight_alignment = :weight_alignment,
                    missed_meetings = :missed, of_last_meetings = :ofLast, on_time_below = :onTime,
                    overdue_at_least = :overdue, growing_points = :growing, updated_at = :now
                where workspace_id = :ws""";
        if (jdbc.sql(update).params(params).update() == 0) {
            jdbc.sql("""
                    insert into health_settings (workspace_id, weight_cadence, weight_reliability, weight_engagement,
                        weight_satisfaction, weight_reciprocity, weight_alignment, missed_meetings, of_last_meetings,
                        on_time_below, overdue_at_least, growing_points, updated_at)
                    values (:ws, :weight_cadence, :weight_reliability, :weight_engagement, :weight_satisfaction,
                        :weight_reciprocity, :weight_alignment, :missed, :ofLast, :onTime, :overdue, :growing, :now)""")
                    .params(params).update();
        }
    }

    private static String column(Factor factor) {
        return "weight_" + factor.name().toLowerCase(Locale.ROOT);
    }
}
