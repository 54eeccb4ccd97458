package dev.tandem.endings;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Playbook runs, always within one workspace; the ticked items are kept as one comma-separated column. */
@Repository
class PlaybookRuns {

    static final int MAX_PER_PARTNERSHIP = 20;

    private static final String COLUMNS = """
            id, partnership_id, playbook, finished, step, checked, notes, why, choice, until_on, channel, meetup_id,
            reason, started_at, finished_at, updated_at,
            version, updated_by""";

    private final JdbcClient jdbc;

    PlaybookRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, PlaybookRun run) {
        jdbc.sql("""
                insert into endings_runs (workspace_id, id, partnership_id, playbook, finished, step, checked, notes, why,
                    choice, until_on, channel, meetup_id,
                    reason, started_at, finished_at, updated_at, version, updated_by)
                values (:ws, :id, :p, :playbook, :finished, :step, :checked, :notes, :why, :choice, :until, :channel,
                    :meetup, :reason, :started, :finishedAt,
                    :updated, :version, :by)""").params(params(ws, run)).update();
    }

    /** Writes the run over the version it was based on; false, writing nothing, if that version is gone. */
    boolean update(WorkspaceId ws, PlaybookRun run, long basedOn) {
        var params = params(ws, run);
        params.put("basedOn", basedOn);
        return jdbc.sql("""
                update endings_runs set finished = :finished, step = :step, checked = :checked, notes = :notes, why = :why,
                    choice = :choice, until_on = :until, channel = :channel, meetup_id = :meetup,
                    reason = :reason, finished_at = :finishedAt, updated_at = :updated, updated_by = :by,
                    version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update() == 1;
    }

    Optional<PlaybookRun> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from endings_runs where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(PlaybookRuns::row)
                .optional();
    }

    /** A partnership's runs, latest first. */
    List<PlaybookRun> of(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select " + COLUMNS + """
                 from endings_runs where workspace_id = :ws and partnership_id = :p
                order by started_at desc, id""" + Sql.limit(MAX_PER_PARTNERSHIP))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(PlaybookRuns::row)
                .list();
    }

    boolean hasOpen(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("""
                select count(*) from endings_runs where workspace_id = :ws and partnership_id = :p and finished = false""")
                        .param("ws", ws.value())
                        .param("p", partnershipId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static Map<String, Object> params(WorkspaceId ws, PlaybookRun run) {
        Map<String, Object> p = new HashMap<>();
        p.put("ws", ws.value());
        p.put("id", run.id());
        p.put("p", run.partnershipId());
        p.put("playbook", run.playbook().name());
        p.put("finished", run.finished());
        p.put("step", run.step());
        p.put("checked", String.join(",", run.checked().stream().sorted().toList()));
        p.put("notes", new SqlParameterValue(Types.VARCHAR, run.notes()));
        p.put("why", new SqlParameterValue(Types.VARCHAR, run.why()));
        var plan = run.plan();
        p.put(
                "choice",
                new SqlParameterValue(
                        Types.VARCHAR, plan == null ? null : plan.choice().name()));
        p.put("until", new SqlParameterValue(Types.DATE, plan == null ? null : plan.until()));
        p.put("channel", new SqlParameterValue(Types.VARCHAR, plan == null ? null : plan.channel()));
        p.put("meetup", new SqlParameterValue(Types.OTHER, plan == null ? null : plan.meetupId()));
        p.put("reason", new SqlParameterValue(Types.VARCHAR, run.reason()));
        p.put("started", Sql.ts(run.startedAt()));
        p.put("finishedAt", new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, Sql.ts(run.finishedAt())));
        p.put("updated", Sql.ts(run.updatedAt()));
        p.put("version", run.version());
        p.put("by", Sql.user(run.updatedBy()));
        return p;
    }

    private static PlaybookRun row(ResultSet rs, int i) throws SQLException {
        String checked = rs.getString("checked");
        Set<String> items = checked.isEmpty()
                ? Set.of()
                : Arrays.stream(checked.split(",")).collect(Collectors.toUnmodifiableSet());
        UUID by = rs.getObject("updated_by", UUID.class);
        String choice = rs.getString("choice");
        return new PlaybookRun(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                Playbook.valueOf(rs.getString("playbook")),
                rs.getInt("step"),
                items,
                rs.getString("notes"),
                rs.getString("why"),
                choice == null
                        ? null
                        : new CoffeePlan(
                                CoffeePlan.Choice.valueOf(choice),
                                rs.getObject("until_on", LocalDate.class),
                                rs.getString("channel"),
                                rs.getObject("meetup_id", UUID.class)),
                rs.getBoolean("finished"),
                rs.getString("reason"),
                Sql.requiredInstant(rs, "started_at"),
                Sql.instant(rs, "finished_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                by == null ? null : UserId.of(by));
    }
}
