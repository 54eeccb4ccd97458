package dev.tandem.recognition;

import dev.tandem.partnerships.Side;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Milestones with their contributors and links, always within one workspace. */
@Repository
class Milestones {

    private static final String COLUMNS = """
            id, partnership_id, title, reached_on, achieved, created_at, updated_at, version, updated_by""";
    private static final String GOAL = "GOAL";
    private static final String KEY_RESULT = "KEY_RESULT";

    private final JdbcClient jdbc;

    Milestones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Milestone m) {
        jdbc.sql("""
                insert into recognition_milestones (workspace_id, id, partnership_id, title, reached_on, achieved,
                    created_at, updated_at, updated_by)
                values (:ws, :id, :partnership, :title, :on, :achieved, :created, :updated, :by)""").params(params(ws, m)).update();
        replaceParts(ws, m);
    }

    boolean update(WorkspaceId ws, Milestone m, long basedOn) {
        var params = params(ws, m);
        params.put("basedOn", basedOn);
        int rows = jdbc.sql("""
                update recognition_milestones set title = :title, reached_on = :on, achieved = :achieved,
                    updated_at = :updated, updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update();
        if (rows == 1) {
            replaceParts(ws, m);
        }
        return rows == 1;
    }

    Optional<Milestone> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from recognition_milestones where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Milestones::row)
                .optional()
                .map(m -> withParts(ws, List.of(m)).get(0));
    }

    /** A partnership's milestones reached on or after {@code from}, latest first (at most the maximum). */
    List<Milestone> of(WorkspaceId ws, UUID partnershipId, LocalDate from) {
        return withParts(
                ws,
                jdbc.sql("select " + COLUMNS + " " + """
                from recognition_milestones where workspace_id = :ws and partnership_id = :p and reached_on >= :from
                order by reached_on desc, id desc""" + Sql.limit(Milestone.MAX_PER_PARTNERSHIP))
                        .param("ws", ws.value())
                        .param("p", partnershipId)
                        .param("from", from)
                        .query(Milestones::row)
                        .list());
    }

    int count(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select count(*) from recognition_milestones where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Integer.class)
                .single();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("delete from recognition_milestones where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private void replaceParts(WorkspaceId ws, Milestone m) {
        jdbc.sql("delete from recognition_contributors where workspace_id = :ws and milestone_id = :id")
                .param("ws", ws.value())
                .param("id", m.id())
                .update();
        jdbc.sql("delete from recognition_links where workspace_id = :ws and milestone_id = :id")
                .param("ws", ws.value())
                .param("id", m.id())
                .update();
        for (Contributor c : m.details().contributors()) {
            jdbc.sql("""
                    insert into recognition_contributors (workspace_id, milestone_id, side, person_id)
                    values (:ws, :id, :side, :person)""")
                    .param("ws", ws.value())
                    .param("id", m.id())
                    .param("side", c.side().name())
                    .param("person", c.personId())
                    .update();
        }
        link(ws, m.id(), GOAL, m.details().goalIds());
        link(ws, m.id(), KEY_RESULT, m.details().keyResultIds());
    }

    private void link(WorkspaceId ws, UUID id, String kind, List<UUID> targets) {
        for (UUID target : targets) {
            jdbc.sql("""
                    insert into recognition_links (workspace_id, milestone_id, kind, target_id)
                    values (:ws, :id, :kind, :target)""")
                    .param("ws", ws.value())
                    .param("id", id)
                    .param("kind", kind)
                    .param("target", target)
                    .update();
        }
    }

    private List<Milestone> withParts(WorkspaceId ws, List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return milestones;
        }
        var ids = milestones.stream().map(Milestone::id).toList();
        Map<UUID, List<Contributor>> contributors = new HashMap<>();
        jdbc.sql("""
                select milestone_id, side, person_id from recognition_contributors
                where workspace_id = :ws and milestone_id in (:ids) order by side, person_id""").param("ws", ws.value()).param("ids", ids).query(rs -> {
            contributors
                    .computeIfAbsent(rs.getObject("milestone_id", UUID.class), k -> new ArrayList<>())
                    .add(new Contributor(Side.valueOf(rs.getString("side")), rs.getObject("person_id", UUID.class)));
        });
        Map<String, List<UUID>> links = new HashMap<>();
        jdbc.sql("""
                select milestone_id, kind, target_id from recognition_links
                where workspace_id = :ws and milestone_id in (:ids) order by target_id""").param("ws", ws.value()).param("ids", ids).query(rs -> {
            links.computeIfAbsent(
                            rs.getString("kind") + rs.getObject("milestone_id", UUID.class), k -> new ArrayList<>())
                    .add(rs.getObject("target_id", UUID.class));
        });
        return milestones.stream()
                .map(m -> {
                    var d = m.details();
                    var details = new MilestoneDetails(
                            d.title(),
                            d.reachedOn(),
                            d.achieved(),
                            contributors.getOrDefault(m.id(), List.of()),
                            links.getOrDefault(GOAL + m.id(), List.of()),
                            links.getOrDefault(KEY_RESULT + m.id(), List.of()));
                    return new Milestone(
                            m.id(),
                            m.partnershipId(),
                            details,
                            m.createdAt(),
                            m.updatedAt(),
                            m.version(),
                            m.updatedBy());
                })
                .toList();
    }

    private static Map<String, Object> params(WorkspaceId ws, Milestone m) {
        var d = m.details();
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        params.put("id", m.id());
        params.put("partnership", m.partnershipId());
        params.put("title", d.title());
        params.put("on", d.reachedOn());
        params.put("achieved", new SqlParameterValue(Types.VARCHAR, d.achieved()));
        params.put("created", Sql.ts(m.createdAt()));
        params.put("updated", Sql.ts(m.updatedAt()));
        params.put("by", Sql.user(m.updatedBy()));
        return params;
    }

    private static Milestone row(ResultSet rs, int i) throws SQLException {
        UUID by = rs.getObject("updated_by", UUID.class);
        var details = new MilestoneDetails(
                rs.getString("title"),
                rs.getObject("reached_on", LocalDate.class),
                rs.getString("achieved"),
                List.of(),
                List.of(),
                List.of());
        return new Milestone(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                details,
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                by == null ? null : UserId.of(by));
    }
}
