package dev.tandem.webhooks;

import dev.tandem.shared.Ids;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox: messages (the envelopes), the deliveries owed to endpoints, and the attempts made. A
 * delivery is claimed for one try by a conditional update, so that of several nodes exactly one makes each try.
 */
@Repository
class Outbox {

    /** A delivery claimed for one try, with what it takes to make it. */
    record Claimed(
            WorkspaceId workspace,
            UUID id,
            UUID endpointId,
            UUID messageId,
            String payload,
            Instant since,
            int attempts,
            UUID claim) {}

    private static final String DELIVERY_COLUMNS = "d.id, d.endpoint_id, d.message_id, m.event_type, d.status, "
            + "d.attempts, d.last_status_code, d.last_error, d.created_at, d.next_attempt_at, d.finished_at";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void message(WorkspaceId workspace, UUID id, EventType type, String payload, Instant at) {
        jdbc.sql("""
                insert into webhook_messages (workspace_id, id, event_type, payload, created_at)
                values (:ws, :id, :type, :payload, :at)""")
                .param("ws", workspace.value())
                .param("id", id)
                .param("type", type.wireName())
                .param("payload", payload)
                .param("at", Sql.ts(at))
                .update();
    }

    UUID deliver(WorkspaceId workspace, UUID endpointId, UUID messageId, Instant at) {
        UUID id = Ids.next();
        jdbc.sql("""
                insert into webhook_deliveries (workspace_id, id, endpoint_id, message_id, status, attempts,
                    next_attempt_at, created_at)
                values (:ws, :id, :endpoint, :message, 'PENDING', 0, :at, :at)""")
                .param("ws", workspace.value())
                .param("id", id)
                .param("endpoint", endpointId)
                .param("message", messageId)
                .param("at", Sql.ts(at))
                .update();
        return id;
    }

    /** Due deliveries of endpoints that take them, any workspace, oldest due first: candidates to claim. */
    List<Claimed> due(Instant now, int limit) {
        return jdbc.sql("""
                select d.workspace_id, d.id, d.endpoint_id, d.message_id, m.payload, d.created_at, d.attempts
                from webhook_deliveries d
                join webhook_endpoints e on e.workspace_id = d.workspace_id and e.id = d.endpoint_id
                join webhook_messages m on m.workspace_id = d.workspace_id and m.id = d.message_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now
                    and (d.claimed_until is null or d.claimed_until < :now)
                    and e.active = true and e.disabled_at is null
                order by d.next_attempt_at""" + Sql.limit(limit))
                .param("now", Sql.ts(now))
                .query((rs, i) -> new Claimed(
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        rs.getObject("id", UUID.class),
                        rs.getObject("endpoint_id", UUID.class),
                        rs.getObject("message_id", UUID.class),
                        rs.getString("payload"),
                        Sql.requiredInstant(rs, "created_at"),
                        rs.getInt("attempts"),
                        Ids.next()))
                .list();
    }

    /** Claims the delivery for one try until {@code until}; false when another node has it or it is done. */
    boolean claim(Claimed delivery, Instant now, Instant until) {
        return jdbc.sql("""
                update webhook_deliveries set claim = :claim, claimed_until = :until
                where workspace_id = :ws and id = :id and status = 'PENDING' and next_attempt_at <= :now
                    and (claimed_until is null or claimed_until < :now)""")
                        .param("claim", delivery.claim())
                        .param("until", Sql.ts(until))
                        .param("ws", delivery.workspace().value())
                        .param("id", delivery.id())
                        .param("now", Sql.ts(now))
                        .update()
                == 1;
    }

    void attempt(Claimed delivery, Instant at, @Nullable Integer statusCode, boolean accepted, @Nullable String error) {
        jdbc.sql("""
                insert into webhook_attempts (workspace_id, id, delivery_id, attempted_at, status_code, outcome, error)
                values (:ws, :id, :delivery, :at, :code, :outcome, :error)""")
                .param("ws", delivery.workspace().value())
                .param("id", Ids.next())
                .param("delivery", delivery.id())
                .param("at", Sql.ts(at))
                .param("code", statusCode)
                .param("outcome", accepted ? "ACCEPTED" : "FAILED")
                .param("error", error)
                .update();
    }

    /** Ends the claimed try: delivered, retried at {@code next}, or (next null and not accepted) given up. */
    void finish(
            Claimed delivery,
            Instant at,
            @Nullable Integer statusCode,
            boolean accepted,
            @Nullable String error,
            @Nullable Instant next) {
        String status = accepted ? "DELIVERED" : next == null ? "FAILED" : "PENDING";
        jdbc.sql("""
                update webhook_deliveries set status = :status, attempts = attempts + 1, last_status_code = :code,
                    last_error = :error, next_attempt_at = :next, finished_at = :finished, claim = null,
                    claimed_until = null
                where workspace_id = :ws and id = :id and claim = :claim""")
                .param("status", status)
                .param("code", statusCode)
                .param("error", error)
                .param("next", Sql.ts(next == null ? at : next))
                .param("finished", Sql.ts(status.equals("PENDING") ? null : at))
                .param("ws", delivery.workspace().value())
                .param("id", delivery.id())
                .param("claim", delivery.claim())
                .update();
    }

    /** Puts a delivery back in the queue, due now, with a fresh day of tries. */
    boolean redeliver(WorkspaceId workspace, UUID id, Instant now) {
        return jdbc.sql("""
                update webhook_deliveries set status = 'PENDING', next_attempt_at = :now, finished_at = null,
                    created_at = :now, claim = null, claimed_until = null
                where workspace_id = :ws and id = :id and status <> 'PENDING'""")
                        .param("ws", workspace.value())
                        .param("id", id)
                        .param("now", Sql.ts(now))
                        .update()
                == 1;
    }

    Optional<Delivery> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from webhook_deliveries d join webhook_messages m "
                        + "on m.workspace_id = d.workspace_id and m.id = d.message_id "
                        + "where d.workspace_id = :ws and d.id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .query(Outbox::delivery)
                .optional();
    }

    /** An endpoint's deliveries, newest first. */
    List<Delivery> of(WorkspaceId workspace, UUID endpointId, PageRequest page) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from webhook_deliveries d join webhook_messages m "
                        + "on m.workspace_id = d.workspace_id and m.id = d.message_id "
                        + "where d.workspace_id = :ws and d.endpoint_id = :endpoint and d.id < :after order by d.id desc"
                        + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("endpoint", endpointId)
                .param("after", page.afterDescending())
                .query(Outbox::delivery)
                .list();
    }

    private static Delivery delivery(ResultSet rs, int i) throws SQLException {
        Integer code = rs.getObject("last_status_code", Integer.class);
        return new Delivery(
                rs.getObject("id", UUID.class),
                rs.getObject("endpoint_id", UUID.class),
                rs.getObject("message_id", UUID.class),
                EventType.ofWireName(rs.getString("event_type")).orElse(EventType.TEST),
                Delivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                code,
                rs.getString("last_error"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "next_attempt_at"),
                Sql.instant(rs, "finished_at"));
    }
}
