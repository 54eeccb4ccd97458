package dev.tandem.ledger;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which partnerships' ledgers are shared with their guests (a row each), always within one workspace. */
@Repository
class Sharings {

    private final JdbcClient jdbc;

    Sharings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean shared(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select count(*) from ledger_sharing where workspace_id = :ws and partnership_id = :p")
                        .param("ws", ws.value())
                        .param("p", partnershipId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void share(WorkspaceId ws, UUID partnershipId, UserId by, Instant at) {
        if (!shared(ws, partnershipId)) {
            jdbc.sql("""
                    insert into ledger_sharing (workspace_id, partnership_id, shared_at, shared_by)
                    values (:ws, :p, :at, :by)""")
                    .param("ws", ws.value())
                    .param("p", partnershipId)
                    .param("at", Sql.ts(at))
                    .param("by", by.value())
                    .update();
        }
    }

    void unshare(WorkspaceId ws, UUID partnershipId) {
        jdbc.sql("delete from ledger_sharing where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .update();
    }
}
