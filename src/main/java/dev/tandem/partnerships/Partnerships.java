package dev.tandem.partnerships;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partnerships and their values, always within one workspace. */
@Repository
class Partnerships {

    static final String COLUMNS = """
            p.workspace_id, p.id, p.name, p.kind, p.stage, p.owner_id, p.organization_id, p.contact_id, p.purpose,
            p.visibility, p.cadence_ideal_days, p.cadence_max_days, p.created_at, p.updated_at, p.last_contacted_at,
            p.version, p.updated_by""";

    private final JdbcClient jdbc;

    Partnerships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Partnership p) {
        jdbc.sql("""
                insert into partnerships (workspace_id, id, name, name_key, kind, stage, owner_id, organization_id,
                    contact_id, purpose, visibility, cadence_ideal_days, cadence_max_days, created_at, updated_at,
                    last_contacted_at, due_at, overdue_at)
                values (:ws, :id, :name, :nameKey, :kind, :stage, :owner, :org, :contact, :purpose, :visibility,
                    :ideal, :max, :created, :updated, :contacted, :due, :overdue)""").params(params(p)).update();
        replaceValues(p);
    }

    /**
     * Writes the details, stage and contact time of a partnership read at version {@code basedOn}; false, writing
     * nothing, when that version is gone.
     */
    boolean update(Partnership p, long basedOn) {
        var params = params(p);
        params.put("basedOn", basedOn);
        boolean written = jdbc.sql("""
                update partnerships set name = :name, name_key = :nameKey, kind = :kind, stage = :stage,
                    owner_id = :owner, organization_id = :org, contact_id = :contact, purpose = :purpose,
                    visibility = :visibility, cadence_ideal_days = :ideal, cadence_max_days = :max,
                    updated_at = :updated, last_contacted_at = :contacted, due_at = :due, overdue_at = :overdue,
                    updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update() == 1;
        if (written) {
            replaceValues(p);
        }
        return written;
    }

    /** Moves the stage only if nobody moved it meanwhile; false when somebody did. */
    boolean moveStage(Partnership before, Partnership after) {
        return jdbc.sql("""
                update partnerships set stage = :to, updated_at = :at, updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and stage = :from""")
                        .param("to", after.stage().name())
                        .param("at", Sql.ts(after.updatedAt()))
                        .param(
                                "by",
                                new SqlParameterValue(
                                        Types.OTHER,
                                        after.updatedBy() == null
                                                ? null
                                                : after.updatedBy().value()))
                        .param("ws", before.workspaceId().value())
                        .param("id", before.id())
                        .param("from", before.stage().name())
                        .update()
                == 1;
    }

    /** Writes a new "last contacted" and the cadence limits that follow from it. */
    void contacted(Partnership p) {
        jdbc.sql("""
                update partnerships set last_contacted_at = :contacted, due_at = :due, overdue_at = :overdue,
                    version = version + 1
                where workspace_id = :ws and id = :id""")
                .param("contacted", Sql.ts(p.lastContactedAt()))
                .param("due", Sql.ts(p.dueAt()))
                .param("overdue", Sql.ts(p.overdueAt()))
                .param("ws", p.workspaceId().value())
                .param("id", p.id())
                .update();
    }

    /**
     * Pauses the partnership's check-ins until {@code until} (null: no pause), leaving it out of the losing-touch
     * view meanwhile; not a change of its details, so its version stays.
     */
    void pauseCheckIns(WorkspaceId workspace, UUID id, @Nullable LocalDate until) {
        jdbc.sql("update partnerships set check_ins_paused_until = :until where workspace_id = :ws and id = :id")
                .param("until", new SqlParameterValue(Types.DATE, until))
                .param("ws", workspace.value())
                .param("id", id)
                .update();
    }

    /** One partnership with its values, in one query (a row per value). */
    Optional<Partnership> find(WorkspaceId workspace, UUID id) {
        return find(workspace, id, "").map(WithTheirs::partnership);
    }

    /** One partnership with its values and the participant ids of their side, in one query. */
    Optional<WithTheirs> findWithTheirs(WorkspaceId workspace, UUID id) {
        return find(workspace, id, """
                , (select array_agg(t.id) from partnership_participants t
                   where t.workspace_id = p.workspace_id and t.partnership_id = p.id and t.side = 'THEIRS') as theirs""");
    }

    private Optional<WithTheirs> find(WorkspaceId workspace, UUID id, String theirsColumn) {
        Row[] found = {null};
        Set<UUID> theirs = new HashSet<>();
        List<String> values = new ArrayList<>();
        jdbc.sql("select " + COLUMNS + theirsColumn + """
                , v.label as value_label from partnerships p
                left join partnership_values v on v.workspace_id = p.workspace_id and v.partnership_id = p.id
                    and v.ours = true
                where p.workspace_id = :ws and p.id = :id order by v.value_key""")
                .param("ws", workspace.value())
                .param("id", id)
                .query(rs -> {
                    if (found[0] == null) {
                        found[0] = row(rs, 0);
                        if (!theirsColumn.isEmpty()) {
                            theirs.addAll(Sql.uuids(rs, "theirs"));
                        }
                    }
                    String value = rs.getString("value_label");
                    if (value != null) {
                        values.add(value);
                    }
                });
        return Optional.ofNullable(found[0]).map(row -> new WithTheirs(row.toPartnership(values), theirs));
    }

    boolean delete(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from partnerships where workspace_id = :ws and id = :id")
                        .param("ws", workspace.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The values of many partnerships in one query, in the order they were given. */
    Map<UUID, List<String>> values(WorkspaceId workspace, Collection<UUID> ids) {
        Map<UUID, List<String>> values = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return values;
        }
        jdbc.sql("""
                select partnership_id, label from partnership_values
                where workspace_id = :ws and partnership_id in (:ids) and ours = true order by partnership_id, value_key""")
                .param("ws", workspace.value())
                .param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getObject("partnership_id", UUID.class), rs.getString("label")))
                .list()
                .forEach(e -> values.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return values;
    }

    /** Points the counterpart of every partnership from one contact to another (after a merge). */
    void repointContact(WorkspaceId workspace, UUID from, UUID to) {
        jdbc.sql(
                        "update partnerships set contact_id = :to, version = version + 1 where workspace_id = :ws and contact_id = :from")
                .param("to", to)
                .param("ws", workspace.value())
                .param("from", from)
                .update();
    }

    private void replaceValues(Partnership p) {
        replaceValues(p.workspaceId(), p.id(), Side.OURS, p.details().values());
    }

    /**
     * States the values one side holds, keeping the other side's: a value both hold stays one row marked with both
     * sides (compared case-insensitively; the label last written wins), and a value no side holds any more goes.
     */
    void replaceValues(WorkspaceId workspace, UUID id, Side side, List<String> values) {
        String column = side == Side.OURS ? "ours" : "theirs";
        jdbc.sql("update partnership_values set " + column
                        + " = false where workspace_id = :ws and partnership_id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .update();
        for (String value : values) {
            boolean held = jdbc.sql("update partnership_values set " + column + " = true, label = :value"
                                    + " where workspace_id = :ws and partnership_id = :id and value_key = :key")
                            .param("ws", workspace.value())
                            .param("id", id)
                            .param("key", PartnershipDetails.key(value))
                            .param("value", value)
                            .update()
                    == 1;
            if (!held) {
                jdbc.sql("""
                        insert into partnership_values (workspace_id, partnership_id, value_key, label, ours, theirs)
                        values (:ws, :id, :key, :value, :ours, :theirs)""")
                        .param("ws", workspace.value())
                        .param("id", id)
                        .param("key", PartnershipDetails.key(value))
                        .param("value", value)
                        .param("ours", side == Side.OURS)
                        .param("theirs", side == Side.THEIRS)
                        .update();
            }
        }
        jdbc.sql("""
                delete from partnership_values
                where workspace_id = :ws and partnership_id = :id and ours = false and theirs = false""").param("ws", workspace.value()).param("id", id).update();
    }

    /** The values of one partnership with the sides that hold each, in key order. */
    List<PartnershipValues.Value> sideValues(WorkspaceId workspace, UUID id) {
        return jdbc.sql("""
                select label, ours, theirs from partnership_values
                where workspace_id = :ws and partnership_id = :id order by value_key""")
                .param("ws", workspace.value())
                .param("id", id)
                .query((rs, i) -> new PartnershipValues.Value(
                        rs.getString("label"), rs.getBoolean("ours"), rs.getBoolean("theirs")))
                .list();
    }

    /** Counts a change of the partnership's values as a change of the partnership, if it still has {@code basedOn}. */
    boolean touch(WorkspaceId workspace, UUID id, long basedOn, UserId by, Instant now) {
        return jdbc.sql("""
                update partnerships set updated_at = :now, updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""")
                        .param("now", Sql.ts(now))
                        .param("by", by.value())
                        .param("ws", workspace.value())
                        .param("id", id)
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(Partnership p) {
        var d = p.details();
        Map<String, Object> params = new HashMap<>();
        params.put("ws", p.workspaceId().value());
        params.put("id", p.id());
        params.put("name", d.name());
        params.put("nameKey", d.name().toLowerCase(Locale.ROOT));
        params.put("kind", d.kind().name());
        params.put("stage", p.stage().name());
        params.put("owner", d.ownerId().value());
        params.put("org", new SqlParameterValue(Types.OTHER, d.organizationId()));
        params.put("contact", new SqlParameterValue(Types.OTHER, d.contactId()));
        params.put("purpose", new SqlParameterValue(Types.VARCHAR, d.purpose()));
        params.put("visibility", d.visibility().name());
        params.put("ideal", d.cadence().idealDays());
        params.put("max", d.cadence().maxDays());
        params.put("created", Sql.ts(p.createdAt()));
        params.put("updated", Sql.ts(p.updatedAt()));
        params.put("contacted", new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, Sql.ts(p.lastContactedAt())));
        params.put("due", Sql.ts(p.dueAt()));
        params.put("overdue", Sql.ts(p.overdueAt()));
        params.put("by", Sql.user(p.updatedBy()));
        return params;
    }

    /** A partnership row before its values are attached. */
    record Row(
            WorkspaceId workspace,
            UUID id,
            String name,
            PartnershipKind kind,
            Stage stage,
            UserId owner,
            @Nullable UUID organization,
            @Nullable UUID contact,
            @Nullable String purpose,
            Visibility visibility,
            Cadence cadence,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant lastContactedAt,
            long version,
            @Nullable UserId updatedBy) {

        Partnership toPartnership(List<String> values) {
            var details = new PartnershipDetails(
                    name, kind, owner, organization, contact, purpose, values, cadence, visibility);
            return new Partnership(
                    workspace, id, details, stage, createdAt, updatedAt, lastContactedAt, version, updatedBy);
        }
    }

    static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                PartnershipKind.valueOf(rs.getString("kind")),
                Stage.valueOf(rs.getString("stage")),
                UserId.of(rs.getObject("owner_id", UUID.class)),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                rs.getString("purpose"),
                Visibility.valueOf(rs.getString("visibility")),
                new Cadence(rs.getInt("cadence_ideal_days"), rs.getInt("cadence_max_days")),
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                Sql.instant(rs, "last_contacted_at"),
                rs.getLong("version"),
                updatedBy(rs));
    }

    private static @Nullable UserId updatedBy(ResultSet rs) throws SQLException {
        UUID by = rs.getObject("updated_by", UUID.class);
        return by == null ? null : UserId.of(by);
    }
}
