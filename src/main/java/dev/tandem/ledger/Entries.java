package dev.tandem.ledger;

import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contributions and rewards, always within one workspace. */
@Repository
class Entries {

    private static final String COLUMNS = """
            id, partnership_id, flow, side, kind, description, occurred_on, amount, currency, person_id, goal_id,
            milestone_id, created_at, updated_at, version, updated_by""";

    private final JdbcClient jdbc;

    Entries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Entry entry) {
        jdbc.sql("""
                insert into ledger_entries (workspace_id, id, partnership_id, flow, side, kind, description, occurred_on,
                    amount, currency, person_id, goal_id, milestone_id, created_at, updated_at, updated_by)
                values (:ws, :id, :partnership, :flow, :side, :kind, :description, :on, :amount, :currency, :person,
                    :goal, :milestone, :created, :updated, :by)""").params(params(ws, entry)).update();
    }

    /** Writes the entry over the version it was based on; false, writing nothing, if that version is gone. */
    boolean update(WorkspaceId ws, Entry entry, long basedOn) {
        var params = params(ws, entry);
        params.put("basedOn", basedOn);
        return jdbc.sql("""
                update ledger_entries set side = :side, kind = :kind, description = :description, occurred_on = :on,
                    amount = :amount, currency = :currency, person_id = :person, goal_id = :goal,
                    milestone_id = :milestone, updated_at = :updated, updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update() == 1;
    }

    Optional<Entry> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from ledger_entries where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Entries::row)
                .optional();
    }

    /** A page of a partnership's entries of one flow, latest recorded first. */
    List<Entry> page(WorkspaceId ws, UUID partnershipId, Flow flow, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " " + """
                from ledger_entries where workspace_id = :ws and partnership_id = :p and flow = :flow and id < :after
                order by id desc""" + Sql.limit(page.fetchSize()))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .param("flow", flow.name())
                .param("after", page.afterDescending())
                .query(Entries::row)
                .list();
    }

    /** A partnership's entries of one flow dated on or after {@code from}, oldest day first. */
    List<Entry> since(WorkspaceId ws, UUID partnershipId, Flow flow, LocalDate from) {
        return jdbc.sql("select " + COLUMNS + " " + """
                from ledger_entries where workspace_id = :ws and partnership_id = :p and flow = :flow
                    and occurred_on >= :from
                order by occurred_on, id""")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .param("flow", flow.name())
                .param("from", from)
                .query(Entries::row)
                .list();
    }

    int count(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select count(*) from ledger_entries where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Integer.class)
                .single();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("delete from ledger_entries where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(WorkspaceId ws, Entry entry) {
        var d = entry.details();
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        params.put("id", entry.id());
        params.put("partnership", entry.partnershipId());
        params.put("flow", entry.flow().name());
        params.put("side", d.side().name());
        params.put("kind", d.kind().name());
        params.put("description", d.description());
        params.put("on", d.occurredOn());
        params.put("amount", d.amount());
        params.put(
                "currency",
                new SqlParameterValue(
                        Types.VARCHAR,
                        d.currency() == null ? null : d.currency().getCurrencyCode()));
        params.put("person", new SqlParameterValue(Types.OTHER, d.personId()));
        params.put("goal", new SqlParameterValue(Types.OTHER, d.goalId()));
        params.put("milestone", new SqlParameterValue(Types.OTHER, d.milestoneId()));
        params.put("created", Sql.ts(entry.createdAt()));
        params.put("updated", Sql.ts(entry.updatedAt()));
        params.put("by", Sql.user(entry.updatedBy()));
        return params;
    }

    private static Entry row(ResultSet rs, int i) throws SQLException {
        String currency = rs.getString("currency");
        UUID by = rs.getObject("updated_by", UUID.class);
        var details = new EntryDetails(
                LedgerSide.valueOf(rs.getString("side")),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getObject("occurred_on", LocalDate.class),
                rs.getBigDecimal("amount"),
                currency == null ? null : Currency.getInstance(currency),
                rs.getObject("person_id", UUID.class),
                rs.getObject("goal_id", UUID.class),
                rs.getObject("milestone_id", UUID.class));
        return new Entry(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                Flow.valueOf(rs.getString("flow")),
                details,
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                by == null ? null : UserId.of(by));
    }
}
