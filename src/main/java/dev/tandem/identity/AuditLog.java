package dev.tandem.identity;

import dev.tandem.shared.Ids;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.Types;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The per-workspace log of security-relevant events, readable by owners and admins. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an event in one workspace; {@code actor} is the email of whoever acted, if known. */
    public void record(
            WorkspaceId workspace,
            @Nullable UserId actorId,
            @Nullable String actor,
            AuditAction action,
            @Nullable String target) {
        jdbc.sql("""
                insert into audit_events (workspace_id, id, occurred_at, actor_id, actor, action, target, address)
                values (:ws, :id, :at, :actorId, :actor, :action, :target, :address)""")
                .param("ws", workspace.value())
                .param("id", Ids.next())
                .param("at", Sql.ts(clock.instant()))
                .param("actorId", actorId == null ? null : actorId.value(), Types.OTHER)
                .param("actor", actor)
                .param("action", action.name())
                .param("target", target)
                .param("address", RequestAddress.current())
                .update();
    }

    /** Records an event about an account in every workspace the account belongs to. */
    void recordForUser(
            Collection<WorkspaceSummary> workspaces,
            UserId actorId,
            String actor,
            AuditAction action,
            @Nullable String target) {
        workspaces.forEach(ws -> record(ws.id(), actorId, actor, action, target));
    }

    public Page<AuditEvent> events(WorkspaceId workspace, PageRequest page) {
        var rows = jdbc.sql("""
                select id, occurred_at, actor, action, target, address from audit_events
                where workspace_id = :ws and id < :after""" + Sql.orderBy("workspace_id", "id desc") + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("after", page.afterDescending())
                .query((rs, i) -> new AuditEvent(
                        rs.getObject("id", UUID.class),
                        Sql.requiredInstant(rs, "occurred_at"),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("target"),
                        rs.getString("address")))
                .list();
        return Page.of(rows, page, AuditEvent::id);
    }
}
