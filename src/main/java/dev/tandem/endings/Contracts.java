package dev.tandem.endings;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contracts of partnerships, always within one workspace. */
@Repository
class Contracts {

    private static final String COLUMNS = """
            id, partnership_id, title, counterparty, starts_on, ends_on, auto_renews, renewal_notice_on, notice_days,
            termination_cost, transition_plan, data_return, handover_help, survives, document_url, created_at,
            updated_at, version, updated_by""";

    private final JdbcClient jdbc;

    Contracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Contract c) {
        jdbc.sql("""
                insert into endings_contracts (workspace_id, id, partnership_id, title, counterparty, starts_on, ends_on,
                    auto_renews, renewal_notice_on, notice_days, termination_cost, transition_plan, data_return,
                    handover_help, survives, document_url, last_notice_on, created_at, updated_at, version, updated_by)
                values (:ws, :id, :p, :title, :counterparty, :startsOn, :endsOn, :autoRenews, :renewalNoticeOn,
                    :noticeDays, :cost, :plan, :dataReturn, :handover, :survives, :url, :lastNotice, :created, :updated,
                    :version, :by)""").params(params(ws, c)).update();
    }

    /** Writes the contract over the version it was based on; false, writing nothing, if that version is gone. */
    boolean update(WorkspaceId ws, Contract c, long basedOn) {
        var params = params(ws, c);
        params.put("basedOn", basedOn);
        return jdbc.sql("""
                update endings_contracts set title = :title, counterparty = :counterparty, starts_on = :startsOn,
                    ends_on = :endsOn, auto_renews = :autoRenews, renewal_notice_on = :renewalNoticeOn,
                    notice_days = :noticeDays, termination_cost = :cost, transition_plan = :plan,
                    data_return = :dataReturn, handover_help = :handover, survives = :survives, document_url = :url,
                    last_notice_on = :lastNotice, updated_at = :updated, updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update() == 1;
    }

    Optional<Contract> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from endings_contracts where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Contracts::row)
                .optional();
    }

    /** A partnership's contracts, oldest first; at most {@link Contract#MAX_PER_PARTNERSHIP}. */
    List<Contract> of(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select " + COLUMNS + """
                 from endings_contracts where workspace_id = :ws and partnership_id = :p
                order by created_at, id""" + Sql.limit(Contract.MAX_PER_PARTNERSHIP))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Contracts::row)
                .list();
    }

    int count(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select count(*) from endings_contracts where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Integer.class)
                .single();
    }

    /** The contracts whose last day to give notice falls between {@code from} and {@code to}, soonest first. */
    List<Contract> noticeBetween(WorkspaceId ws, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from endings_contracts where workspace_id = :ws and last_notice_on >= :from and last_notice_on <= :to
                order by last_notice_on, id""" + Sql.limit(limit))
                .param("ws", ws.value())
                .param("from", from)
                .param("to", to)
                .query(Contracts::row)
                .list();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("delete from endings_contracts where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(WorkspaceId ws, Contract c) {
        var t = c.terms();
        Map<String, Object> p = new HashMap<>();
        p.put("ws", ws.value());
        p.put("id", c.id());
        p.put("p", c.partnershipId());
        p.put("title", t.title());
        p.put("counterparty", t.counterparty());
        p.put("startsOn", t.startsOn());
        p.put("endsOn", date(t.endsOn()));
        p.put("autoRenews", t.autoRenews());
        p.put("renewalNoticeOn", date(t.renewalNoticeOn()));
        p.put("noticeDays", new SqlParameterValue(Types.INTEGER, t.noticeDays()));
        p.put("cost", text(t.terminationCost()));
        p.put("plan", text(t.transitionPlan()));
        p.put("dataReturn", text(t.dataReturn()));
        p.put("handover", text(t.handoverHelp()));
        p.put("survives", text(t.survives()));
        p.put("url", text(t.documentUrl()));
        p.put("lastNotice", date(t.lastNoticeDay()));
        p.put("created", Sql.ts(c.createdAt()));
        p.put("updated", Sql.ts(c.updatedAt()));
        p.put("version", c.version());
        p.put("by", Sql.user(c.updatedBy()));
        return p;
    }

    private static SqlParameterValue text(@Nullable String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue date(@Nullable LocalDate value) {
        return new SqlParameterValue(Types.DATE, value);
    }

    private static Contract row(ResultSet rs, int i) throws SQLException {
        var terms = new ContractTerms(
                rs.getString("title"),
                rs.getString("counterparty"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getBoolean("auto_renews"),
                rs.getObject("renewal_notice_on", LocalDate.class),
                (Integer) rs.getObject("notice_days", Integer.class),
                rs.getString("termination_cost"),
                rs.getString("transition_plan"),
                rs.getString("data_return"),
                rs.getString("handover_help"),
                rs.getString("survives"),
                rs.getString("document_url"));
        UUID by = rs.getObject("updated_by", UUID.class);
        return new Contract(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                terms,
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                by == null ? null : UserId.of(by));
    }
}
