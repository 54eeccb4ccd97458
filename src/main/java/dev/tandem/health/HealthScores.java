package dev.tandem.health;

import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The stored scores (one row per partnership, with the partnership's name, kind, stage and owner) and weekly snapshots. */
@Repository
class HealthScores {

    private static final String COLUMNS = "partnership_id, name, kind, stage, owner_id, score, confidence, risk, "
            + "factors, signals, as_of, computed_at, trend_from, trend";
    private static final String LINE_COLUMNS = "partnership_id, name, kind, stage, owner_id, score, confidence, risk, "
            + "top_signal, top_severity, top_evidence, top_args, top_advice, as_of, computed_at, trend_from, trend, "
            + "case when top_evidence is null then signals end as unkept_signals";
    /** Comes before each of a top signal's evidence arguments in their column; no argument holds it. */
    private static final String ARGS_SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectReader factors;
    private final ObjectReader signals;

    HealthScores(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.factors = json.readerFor(new TypeReference<List<FactorScore>>() {});
        this.signals = json.readerFor(new TypeReference<List<Signal>>() {});
    }

    /** A score row with the trend it keeps (null on a row not computed since trends were kept on rows). */
    record Row(StoredHealth health, @Nullable Trend trend) {}

    /**
     * What recomputing a partnership starts from, in one statement: the workspace's settings, and the trend its
     * score row keeps (null when it has no row, or a row written before rows kept their trend).
     */
    record Basis(HealthSettings settings, @Nullable Trend trend) {}

    Basis basis(WorkspaceId workspace, UUID partnershipId) {
        return jdbc.sql("""
                select s.*, h.trend_from, h.trend from (select 1 as one) k
                left join health_settings s on s.workspace_id = :ws
                left join health_scores h on h.workspace_id = :ws and h.partnership_id = :id""")
                .param("ws", workspace.value())
                .param("id", partnershipId)
                .query((rs, i) -> new Basis(HealthSettingsStore.map(rs), trend(rs)))
                .single();
    }

    /** Writes a partnership's current health and its trend, replacing what was there. */
    void save(WorkspaceId workspace, Partnership p, HealthReport report, Trend trend, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.value());
        params.put("id", p.id());
        params.put("name", p.name());
        params.put("kind", p.details().kind().name());
        params.put("stage", p.stage().name());
        params.put("owner", p.details().ownerId().value());
        params.put("score", report.score());
        params.put("confidence", report.confidence());
        params.put("risk", report.risk());
        Signal top = report.topSignal();
        params.put("top", top == null ? null : top.type().name());
        params.put("severity", top == null ? null : top.severity().name());
        params.put("evidence", top == null ? null : top.evidence().key());
        params.put(
                "args",
                top == null
                        ? null
                        : top.evidence().args().stream()
                                .map(a -> ARGS_SEPARATOR + a)
                                .collect(Collectors.joining()));
        params.put("advice", top == null ? null : top.advice());
        params.put("factors", json.writeValueAsString(report.factors()));
        params.put("signals", json.writeValueAsString(report.signals()));
        params.put("asOf", report.asOf());
        params.put("now", Sql.ts(now));
        params.put("trendFrom", trend.from());
        params.put("trend", trend.text());
        String update = """
                update health_scores set name = :name, kind = :kind, stage = :stage, owner_id = :owner, score = :score,
                    confidence = :confidence, risk = :risk, top_signal = :top, top_severity = :severity,
                    top_evidence = :evidence, top_args = :args, top_advice = :advice, factors = :factors, signals = :signals, as_of = :asOf, computed_at = :now,
                    trend_from = :trendFrom, trend = :trend
                where workspace_id = :ws and partnership_id = :id""";
        if (jdbc.sql(update).params(params).update() == 0
                && jdbc.sql("""
                insert into health_scores (workspace_id, partnership_id, name, kind, stage, owner_id, score, confidence,
                    risk, top_signal, top_severity, top_evidence, top_args, top_advice, factors, signals, as_of, computed_at,
                    trend_from, trend)
                values (:ws, :id, :name, :kind, :stage, :owner, :score, :confidence, :risk, :top, :severity, :evidence,
                    :args, :advice, :factors, :signals, :asOf, :now, :trendFrom, :trend)
                on conflict do nothing""").params(params).update() == 0) {
            jdbc.sql(update).params(params).update();
        }
    }

    void snapshot(WorkspaceId workspace, UUID partnershipId, LocalDate week, @Nullable Integer score, int confidence) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.value());
        params.put("id", partnershipId);
        params.put("week", week);
        params.put("score", score);
        params.put("confidence", confidence);
        String update = """
                update health_snapshots set score = :score, confidence = :confidence
                where workspace_id = :ws and partnership_id = :id and week = :week""";
        if (jdbc.sql(update).params(params).update() == 0
                && jdbc.sql("""
                insert into health_snapshots (workspace_id, partnership_id, week, score, confidence)
                values (:ws, :id, :week, :score, :confidence) on conflict do nothing""").params(params).update() == 0) {
            jdbc.sql(update).params(params).update();
        }
    }

    /**
     * Replaces the snapshots of the weeks from {@code from} on (the back-fill's, all in the past) with
     * {@code weeks}: one delete and one insert, however many weeks.
     */
    void replaceSnapshots(WorkspaceId workspace, UUID partnershipId, LocalDate from, List<PastWeek> weeks) {
        jdbc.sql("delete from health_snapshots where workspace_id = :ws and partnership_id = :id and week >= :from")
                .param("ws", workspace.value())
                .param("id", partnershipId)
                .param("from", from)
                .update();
        if (weeks.isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.value());
        params.put("id", partnershipId);
        StringBuilder insert = new StringBuilder(
                "insert into health_snapshots (workspace_id, partnership_id, week, score, confidence) values ");
        for (int i = 0; i < weeks.size(); i++) {
            insert.append(i == 0 ? "" : ", ")
                    .append("(:ws, :id, :week")
                    .append(i)
                    .append(", :score")
                    .append(i)
                    .append(", :confidence")
                    .append(i)
                    .append(')');
            params.put("week" + i, weeks.get(i).week());
            params.put("score" + i, weeks.get(i).score());
            params.put("confidence" + i, weeks.get(i).confidence());
        }
        jdbc.sql(insert.append(" on conflict do nothing").toString())
                .params(params)
                .update();
    }

    /** A past week's snapshot, as the back-fill computes it. */
    record PastWeek(LocalDate week, @Nullable Integer score, int confidence) {}

    void delete(WorkspaceId workspace, UUID partnershipId) {
        jdbc.sql("delete from health_scores where workspace_id = :ws and partnership_id = :id")
                .param("ws", workspace.value())
                .param("id", partnershipId)
                .update();
    }

    Optional<Row> find(WorkspaceId workspace, UUID partnershipId) {
        return jdbc.sql("select " + COLUMNS + " from health_scores where workspace_id = :ws and partnership_id = :id")
                .param("ws", workspace.value())
                .param("id", partnershipId)
                .query(this::row)
                .optional();
    }

    /** The weekly scores of some partnerships from {@code from} on, by partnership, oldest week first. */
    Map<UUID, List<WeekScore>> trends(WorkspaceId workspace, Collection<UUID> partnerships, LocalDate from) {
        Map<UUID, List<WeekScore>> trends = new HashMap<>();
        if (partnerships.isEmpty()) {
            return trends;
        }
        jdbc.sql("""
                select partnership_id, week, score from health_snapshots
                where workspace_id = :ws and partnership_id in (:ids) and week >= :from order by week""")
                .param("ws", workspace.value())
                .param("ids", partnerships)
                .param("from", from)
                .query(rs -> {
                    trends.computeIfAbsent(rs.getObject("partnership_id", UUID.class), k -> new ArrayList<>())
                            .add(new WeekScore(rs.getObject("week", LocalDate.class), (Integer) rs.getObject("score")));
                });
        return trends;
    }

    /** A partnership's snapshot scores from {@code from} on, by week (a week without a score is absent). */
    Map<LocalDate, Integer> scoresSince(WorkspaceId workspace, UUID partnershipId, LocalDate from) {
        Map<LocalDate, Integer> byWeek = new HashMap<>();
        trends(workspace, List.of(partnershipId), from).getOrDefault(partnershipId, List.of()).stream()
                .filter(w -> w.score() != null)
                .forEach(w -> byWeek.put(w.week(), w.score()));
        return byWeek;
    }

    /** The portfolio by risk, highest first (ties by id), filtered; keyset-paginated on (risk, id). */
    List<Row> byRisk(WorkspaceId workspace, HealthFilter filter, boolean warningsOnly, PageRequest page) {
        var sql = new StringBuilder("select " + LINE_COLUMNS + " from health_scores where workspace_id = :ws");
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.value());
        if (warningsOnly) {
            sql.append(" and top_severity in ('HIGH', 'MEDIUM')");
        }
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.stage() != null) {
            sql.append(" and stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.ownerId() != null) {
            sql.append(" and owner_id = :owner");
            params.put("owner", filter.ownerId());
        }
        if (page.after() != null) {
            Integer risk = jdbc.sql("select risk from health_scores where workspace_id = :ws and partnership_id = :id")
                    .param("ws", workspace.value())
                    .param("id", page.after())
                    .query(Integer.class)
                    .optional()
                    .orElseThrow(() -> new InvalidInput("problem.cursor"));
            sql.append(" and (risk < :risk or (risk = :risk and partnership_id < :after))");
            params.put("risk", risk);
            params.put("after", page.after());
        }
        sql.append(Sql.orderBy(
                        filter.ownerId() == null ? "workspace_id" : "workspace_id, owner_id",
                        "risk desc, partnership_id desc"))
                .append(Sql.limit(page.fetchSize()));
        return jdbc.sql(sql.toString()).params(params).query(this::line).list();
    }

    /** Partnerships whose score was computed before {@code day}, any workspace: the decay job's work list. */
    List<Map.Entry<WorkspaceId, UUID>> staleBefore(LocalDate day, int limit) {
        return jdbc.sql("select workspace_id, partnership_id from health_scores where as_of < :day" + Sql.limit(limit))
                .param("day", day)
                .query((rs, i) -> Map.entry(
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        rs.getObject("partnership_id", UUID.class)))
                .list();
    }

    /** Claims a stale row for {@code day}; false when another node (or a change) got there first. */
    boolean claim(WorkspaceId workspace, UUID partnershipId, LocalDate day) {
        return jdbc.sql("""
                update health_scores set as_of = :day
                where workspace_id = :ws and partnership_id = :id and as_of < :day""")
                        .param("day", day)
                        .param("ws", workspace.value())
                        .param("id", partnershipId)
                        .update()
                == 1;
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                stored(rs, factors.readValue(rs.getString("factors")), signals.readValue(rs.getString("signals"))),
                trend(rs));
    }

    /**
     * A portfolio line: what a list shows, which is everything but the factors and the signals after the top one,
     * read from its own columns (a row written before they were kept reads it from the signals).
     */
    private Row line(ResultSet rs, int i) throws SQLException {
        String type = rs.getString("top_signal");
        String evidence = rs.getString("top_evidence");
        List<Signal> top;
        if (type == null) {
            top = List.of();
        } else if (evidence == null) {
            List<Signal> all = signals.readValue(rs.getString("unkept_signals"));
            top = all.stream().limit(1).toList();
        } else {
            String args = rs.getString("top_args");
            top = List.of(new Signal(
                    SignalType.valueOf(type),
                    Severity.valueOf(rs.getString("top_severity")),
                    new Evidence(
                            evidence,
                            args == null || args.isEmpty()
                                    ? List.of()
                                    : List.of(args.substring(1).split(ARGS_SEPARATOR, -1))),
                    rs.getString("top_advice")));
        }
        return new Row(stored(rs, List.of(), top), trend(rs));
    }

    private static @Nullable Trend trend(ResultSet rs) throws SQLException {
        LocalDate from = rs.getObject("trend_from", LocalDate.class);
        String text = rs.getString("trend");
        return from == null || text == null ? null : Trend.parse(from, text);
    }

    private StoredHealth stored(ResultSet rs, List<FactorScore> factorScores, List<Signal> signalList)
            throws SQLException {
        return new StoredHealth(
                rs.getObject("partnership_id", UUID.class),
                rs.getString("name"),
                PartnershipKind.valueOf(rs.getString("kind")),
                Stage.valueOf(rs.getString("stage")),
                rs.getObject("owner_id", UUID.class),
                (Integer) rs.getObject("score"),
                rs.getInt("confidence"),
                rs.getInt("risk"),
                factorScores,
                signalList,
                rs.getObject("as_of", LocalDate.class),
                Sql.requiredInstant(rs, "computed_at"));
    }
}
