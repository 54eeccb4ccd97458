package dev.tandem.webhooks;

import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The endpoints of each workspace, with their secrets. */
@Repository
class Endpoints {

    /** An endpoint and the secrets that sign for it now: the current one, and the previous during an overlap. */
    record Stored(
            Endpoint endpoint, String secret, @Nullable String previousSecret) {

        List<String> signingSecrets(Instant now) {
            var until = endpoint.previousSecretUntil();
            return previousSecret != null && until != null && now.isBefore(until)
                    ? List.of(secret, previousSecret)
                    : List.of(secret);
        }
    }

    private static final String COLUMNS = "id, url, description, event_types, active, failures, disabled_at, "
            + "previous_until, created_at, updated_at, version, secret, previous_secret";

    private final JdbcClient jdbc;

    Endpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, Endpoint e, String secret, UUID by) {
        jdbc.sql("""
                insert into webhook_endpoints (workspace_id, id, url, description, event_types, active, secret,
                    failures, created_at, updated_at, version, updated_by)
                values (:ws, :id, :url, :description, :types, :active, :secret, 0, :at, :at, 0, :by)""")
                .param("ws", workspace.value())
                .param("id", e.id())
                .param("url", e.url())
                .param("description", e.description())
                .param("types", types(e.eventTypes()))
                .param("active", e.active())
                .param("secret", secret)
                .param("at", Sql.ts(e.createdAt()))
                .param("by", by)
                .update();
    }

    /** Replaces what the admin said, at {@code version}; turning it on again clears a disabling. */
    boolean update(WorkspaceId workspace, UUID id, long version, EndpointInput input, Instant now, UUID by) {
        return jdbc.sql("""
                update webhook_endpoints set url = :url, description = :description, event_types = :types,
                    active = :active, updated_at = :at, updated_by = :by, version = version + 1,
                    disabled_at = case when :active then null else disabled_at end,
                    failures = case when :active then 0 else failures end
                where workspace_id = :ws and id = :id and version = :version""")
                        .param("ws", workspace.value())
                        .param("id", id)
                        .param("version", version)
                        .param("url", input.url())
                        .param("description", input.description())
                        .param("types", types(input.eventTypes()))
                        .param("active", input.active())
                        .param("at", Sql.ts(now))
                        .param("by", by)
                        .update()
                == 1;
    }

    void rotate(WorkspaceId workspace, UUID id, String secret, Instant until, Instant now, UUID by) {
        jdbc.sql("""
                update webhook_endpoints set previous_secret = secret, previous_until = :until, secret = :secret,
                    updated_at = :at, updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id""")
                .param("ws", workspace.value())
                .param("id", id)
                .param("secret", secret)
                .param("until", Sql.ts(until))
                .param("at", Sql.ts(now))
                .param("by", by)
                .update();
    }

    boolean delete(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from webhook_endpoints where workspace_id = :ws and id = :id")
                        .param("ws", workspace.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<Stored> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .query(this::stored)
                .optional();
    }

    List<Endpoint> of(WorkspaceId workspace) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints where workspace_id = :ws order by id")
                .param("ws", workspace.value())
                .query((rs, i) -> stored(rs, i).endpoint())
                .list();
    }

    int count(WorkspaceId workspace) {
        return jdbc.sql("select count(*) from webhook_endpoints where workspace_id = :ws")
                .param("ws", workspace.value())
                .query(Integer.class)
                .single();
    }

    /** The endpoints that take {@code type} now. */
    List<UUID> subscribed(WorkspaceId workspace, EventType type) {
        record Row(UUID id, List<EventType> types) {}
        return jdbc
                .sql("""
                select id, event_types from webhook_endpoints
                where workspace_id = :ws and active = true and disabled_at is null""")
                .param("ws", workspace.value())
                .query((rs, i) -> new Row(rs.getObject("id", UUID.class), parse(rs.getString("event_types"))))
                .list()
                .stream()
                .filter(row -> row.types().contains(type))
                .map(Row::id)
                .toList();
    }

    /** A failed try: one more in a row; answers true when this one disables the endpoint. */
    boolean failed(WorkspaceId workspace, UUID id, int disableAfter, Instant now) {
        jdbc.sql("update webhook_endpoints set failures = failures + 1 where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .update();
        return jdbc.sql("""
                update webhook_endpoints set disabled_at = :now
                where workspace_id = :ws and id = :id and disabled_at is null and failures >= :limit""")
                        .param("ws", workspace.value())
                        .param("id", id)
                        .param("now", Sql.ts(now))
                        .param("limit", disableAfter)
                        .update()
                == 1;
    }

    void succeeded(WorkspaceId workspace, UUID id) {
        jdbc.sql("update webhook_endpoints set failures = 0 where workspace_id = :ws and id = :id and failures > 0")
                .param("ws", workspace.value())
                .param("id", id)
                .update();
    }

    private Stored stored(ResultSet rs, int i) throws SQLException {
        return new Stored(
                new Endpoint(
                        rs.getObject("id", UUID.class),
                        rs.getString("url"),
                        rs.getString("description"),
                        parse(rs.getString("event_types")),
                        rs.getBoolean("active"),
                        rs.getInt("failures"),
                        Sql.instant(rs, "disabled_at"),
                        Sql.instant(rs, "previous_until"),
                        Sql.requiredInstant(rs, "created_at"),
                        Sql.requiredInstant(rs, "updated_at"),
                        rs.getLong("version")),
                rs.getString("secret"),
                rs.getString("previous_secret"));
    }

    private static String types(List<EventType> types) {
        return types.stream().map(EventType::wireName).collect(Collectors.joining(","));
    }

    private static List<EventType> parse(String types) {
        return Arrays.stream(types.split(","))
                .map(EventType::ofWireName)
                .flatMap(Optional::stream)
                .toList();
    }
}
