package dev.tandem.ledger;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The risk registers of partnerships, always within one workspace. */
@Repository
class Risks {

    private static final String COLUMNS = """
            id, partnership_id, risk, likelihood, impact, bears, our_reward_share, created_at, updated_at, version,
            updated_by""";

    private final JdbcClient jdbc;

    Risks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Risk risk) {
        jdbc.sql("""
                insert into ledger_risks (workspace_id, id, partnership_id, risk, likelihood, impact, bears,
                    our_reward_share, created_at, updated_at, updated_by)
                values (:ws, :id, :partnership, :risk, :likelihood, :impact, :bears, :share, :created, :updated, :by)""").params(params(ws, risk)).update();
    }

    boolean update(WorkspaceId ws, Risk risk, long basedOn) {
        var params = params(ws, risk);
        params.put("basedOn", basedOn);
        return jdbc.sql("""
                update ledger_risks set risk = :risk, likelihood = :likelihood, impact = :impact, bears = :bears,
                    our_reward_share = :share, updated_at = :updated, updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update() == 1;
    }

    Optional<Risk> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from ledger_risks where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Risks::row)
                .optional();
    }

    /** A partnership's register, oldest first (at most {@link Risk#MAX_PER_PARTNERSHIP}). */
    List<Risk> of(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select " + COLUMNS + " from ledger_risks where workspace_id = :ws and partnership_id = :p "
                        + "order by id" + Sql.limit(Risk.MAX_PER_PARTNERSHIP))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Risks::row)
                .list();
    }

    int count(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select count(*) from ledger_risks where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Integer.class)
                .single();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("delete from ledger_risks where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(WorkspaceId ws, Risk risk) {
        var d = risk.details();
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        params.put("id", risk.id());
        params.put("partnership", risk.partnershipId());
        params.put("risk", d.risk());
        params.put("likelihood", d.likelihood().name());
        params.put("impact", d.impact().name());
        params.put("bears", d.bears().name());
        params.put("share", d.ourRewardShare());
        params.put("created", Sql.ts(risk.createdAt()));
        params.put("updated", Sql.ts(risk.updatedAt()));
        params.put("by", Sql.user(risk.updatedBy()));
        return params;
    }

    private static Risk row(ResultSet rs, int i) throws SQLException {
        UUID by = rs.getObject("updated_by", UUID.class);
        var details = new RiskDetails(
                rs.getString("risk"),
                Level.valueOf(rs.getString("likelihood")),
                Level.valueOf(rs.getString("impact")),
                Bearer.valueOf(rs.getString("bears")),
                rs.getInt("our_reward_share"));
        return new Risk(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                details,
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                by == null ? null : UserId.of(by));
    }
}
