package dev.tandem.partnerships;

import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portfolio lists. Keyset-paginated on an index of the workspace ({@code (sort key, id)}), so a
 * page costs the same at the start of 10,000 partnerships as at the end; values come in one query.
 */
@Repository
class PartnershipQueries {

    private final JdbcClient jdbc;
    private final Partnerships partnerships;

    PartnershipQueries(JdbcClient jdbc, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
    }

    List<Partnership> list(WorkspaceId workspace, PartnershipFilter filter, PageRequest page) {
        var sql =
                new StringBuilder("select " + Partnerships.COLUMNS + " from partnerships p where p.workspace_id = :ws");
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.value());
        if (filter.kind() != null) {
            sql.append(" and p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.stage() != null) {
            sql.append(" and p.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.ownerId() != null) {
            sql.append(" and p.owner_id = :owner");
            params.put("owner", filter.ownerId().value());
        }
        if (filter.tag() != null) {
            sql.append(" and exists (select 1 from partnership_values v where v.workspace_id = p.workspace_id"
                    + " and v.partnership_id = p.id and v.value_key = :tag)");
            params.put("tag", PartnershipDetails.key(filter.tag()));
        }
        if (filter.text() != null) {
            sql.append(" and (p.name_key like :text escape '\\' or lower(p.purpose) like :text escape '\\')");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (page.after() != null) {
            keyset(workspace, filter.sort(), page.after(), sql, params);
        }
        sql.append(
                switch (filter.sort()) {
                    case NAME -> Sql.orderBy("p.workspace_id", "p.name_key, p.id");
                    case CREATED -> Sql.orderBy("p.workspace_id", "p.id desc");
                    case LAST_CONTACTED -> " order by p.last_contacted_at desc nulls last, p.id desc";
                });
        return fetch(workspace, sql, params, page);
    }

    /** How many partnerships are in each stage; stages with none are left out. */
    Map<Stage, Integer> countsByStage(WorkspaceId workspace) {
        var counts = new EnumMap<Stage, Integer>(Stage.class);
        jdbc.sql("select stage, count(*) as n from partnerships where workspace_id = :ws group by stage")
                .param("ws", workspace.value())
                .query((rs, i) -> counts.put(Stage.valueOf(rs.getString("stage")), rs.getInt("n")))
                .list();
        return counts;
    }

    /**
     * Partnerships not ended and past their ideal cadence, the longest overdue first; a partnership whose check-ins
     * are paused (a deferral) is left out until the day its pause ends.
     */
    List<Partnership> losingTouch(WorkspaceId workspace, Instant now, @Nullable UserId owner, PageRequest page) {
        var sql = new StringBuilder("select " + Partnerships.COLUMNS + ", p.overdue_at from partnerships p"
                + " where p.workspace_id = :ws and p.stage <> 'ENDED' and p.due_at < :now"
                + " and (p.check_ins_paused_until is null or p.check_ins_paused_until <= :today)");
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.value());
        params.put("now", Sql.ts(now));
        params.put("today", LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (owner != null) {
            sql.append(" and p.owner_id = :owner");
            params.put("owner", owner.value());
        }
        if (page.after() != null) {
            Instant key = cursorValue(workspace, "overdue_at", page.after());
            sql.append(" and (p.overdue_at > :key or (p.overdue_at = :key and p.id > :after))");
            params.put("key", Sql.ts(key));
            params.put("after", page.after());
        }
        sql.append(Sql.orderBy("p.workspace_id", "p.overdue_at, p.id"));
        return fetch(workspace, sql, params, page);
    }

    /** The names of these partnerships by id; ids not in the workspace are left out. */
    Map<UUID, String> names(WorkspaceId workspace, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, name from partnerships where (workspace_id, id) in (:keys)")
                .param("keys", Sql.keys(workspace.value(), ids))
                .query((rs, i) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        return names;
    }

    /** The names and owners of these partnerships by id; ids not in the workspace are left out. */
    Map<UUID, PartnershipRef> refs(WorkspaceId workspace, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, PartnershipRef> refs = new HashMap<>();
        jdbc.sql("select id, name, owner_id from partnerships where (workspace_id, id) in (:keys)")
                .param("keys", Sql.keys(workspace.value(), ids))
                .query((rs, i) -> refs.put(
                        rs.getObject("id", UUID.class),
                        new PartnershipRef(
                                rs.getObject("id", UUID.class),
                                rs.getString("name"),
                                UserId.of(rs.getObject("owner_id", UUID.class)))))
                .list();
        return refs;
    }

    /** Partnerships whose counterpart is the contact, or where the contact takes part on their side; A to Z. */
    List<Partnership> ofContact(WorkspaceId workspace, UUID contactId, PageRequest page) {
        var sql = new StringBuilder("select " + Partnerships.COLUMNS + " from partnerships p where p.workspace_id = :ws"
                + " and (p.contact_id = :contact or p.id in (select pp.partnership_id from partnership_participants pp"
                + " where pp.workspace_id = :ws and pp.side = 'THEIRS' and pp.person_id = :contact))"
                + " order by p.name_key, p.id");
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.value());
        params.put("contact", contactId);
        return fetch(workspace, sql, params, page);
    }

    List<UUID> ids(WorkspaceId workspace, UUID after, int limit) {
        return jdbc.sql("select id from partnerships where workspace_id = :ws and id > :after order by id"
                        + Sql.limit(limit))
                .param("ws", workspace.value())
                .param("after", after)
                .query(UUID.class)
                .list();
    }

    private List<Partnership> fetch(
            WorkspaceId workspace, StringBuilder sql, Map<String, Object> params, PageRequest page) {
        sql.append(Sql.limit(page.fetchSize()));
        var rows =
                jdbc.sql(sql.toString()).params(params).query(Partnerships::row).list();
        var values = partnerships.values(
                workspace, rows.stream().map(Partnerships.Row::id).toList());
        return rows.stream()
                .map(row -> row.toPartnership(values.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private void keyset(
            WorkspaceId workspace,
            PartnershipFilter.Sort sort,
            UUID after,
            StringBuilder sql,
            Map<String, Object> params) {
        params.put("after", after);
        switch (sort) {
            case NAME -> {
                sql.append(" and (p.name_key > :key or (p.name_key = :key and p.id > :after))");
                params.put("key", cursorRow(workspace, after).name().toLowerCase(Locale.ROOT));
            }
            case CREATED -> sql.append(" and p.id < :after");
            case LAST_CONTACTED -> {
                Instant key = cursorRow(workspace, after).lastContactedAt();
                if (key == null) {
                    sql.append(" and p.last_contacted_at is null and p.id < :after");
                } else {
                    sql.append(" and (p.last_contacted_at < :key or (p.last_contacted_at = :key and p.id < :after)"
                            + " or p.last_contacted_at is null)");
                    params.put("key", Sql.ts(key));
                }
            }
        }
    }

    /** The row a cursor points at; a cursor whose row is gone (deleted meanwhile) is refused. */
    private Partnerships.Row cursorRow(WorkspaceId workspace, UUID after) {
        return jdbc.sql("select " + Partnerships.COLUMNS
                        + " from partnerships p where p.workspace_id = :ws and p.id = :id")
                .param("ws", workspace.value())
                .param("id", after)
                .query(Partnerships::row)
                .optional()
                .orElseThrow(() -> new InvalidInput("problem.cursor"));
    }

    private Instant cursorValue(WorkspaceId workspace, String column, UUID after) {
        return jdbc.sql("select " + column + " from partnerships where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", after)
                .query((rs, i) -> Sql.requiredInstant(rs, column))
                .optional()
                .orElseThrow(() -> new InvalidInput("problem.cursor"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
