package dev.tandem.identity;

import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokens {

    /**
     * A token found by its secret, with the owner it authenticates and, when a workspace was asked about, the
     * owner's membership there (null when they are not a member).
     */
    record Match(
            UUID id,
            User user,
            @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt,
            @Nullable WorkspaceContext membership) {}

    private static final String ACTIVE =
            "where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)";

    private final JdbcClient jdbc;
    private final RecentTokens recentTokens;

    ApiTokens(JdbcClient jdbc, RecentTokens recentTokens) {
        this.jdbc = jdbc;
        this.recentTokens = recentTokens;
    }

    void insert(
            UUID id,
            UserId user,
            String name,
            String hash,
            String hint,
            Instant at,
            @Nullable Instant expiresAt,
            boolean login) {
        jdbc.sql("""
                insert into api_tokens (id, user_id, name, token_hash, hint, created_at, expires_at, login)
                values (:id, :user, :name, :hash, :hint, :at, :expires, :login)""")
                .param("id", id)
                .param("user", user.value())
                .param("name", name)
                .param("hash", hash)
                .param("hint", hint)
                .param("at", Sql.ts(at))
                .param("login", login)
                .param("expires", Sql.ts(expiresAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    /**
     * The active token with this hash and its owner; with a workspace, also the owner's membership of it, in the
     * same statement: nearly every API request needs both.
     */
    Optional<Match> active(String hash, Instant now, @Nullable WorkspaceId workspace) {
        var sql = jdbc.sql(workspace == null ? """
                select t.id as token_id, t.expires_at as token_expires_at, t.last_used_at, u.*
                from api_tokens t join users u on u.id = t.user_id
                """ + ACTIVE : """
                select t.id as token_id, t.expires_at as token_expires_at, t.last_used_at, u.*,
                    w.name as member_workspace, m.role as member_role
                from api_tokens t join users u on u.id = t.user_id
                left join memberships m on m.user_id = t.user_id and m.workspace_id = :ws
                left join workspaces w on w.id = m.workspace_id
                """ + ACTIVE)
                .param("hash", hash)
                .param("now", Sql.ts(now));
        if (workspace != null) {
            sql = sql.param("ws", workspace.value());
        }
        return sql.query((rs, i) -> {
                    User user = Users.map(rs, i);
                    String role = workspace == null ? null : rs.getString("member_role");
                    var member = role == null
                            ? null
                            : new WorkspaceContext(
                                    workspace,
                                    rs.getString("member_workspace"),
                                    user.id(),
                                    user.displayName(),
                                    Role.valueOf(role));
                    return new Match(
                            rs.getObject("token_id", UUID.class),
                            user,
                            Sql.instant(rs, "token_expires_at"),
                            Sql.instant(rs, "last_used_at"),
                            member);
                })
                .optional();
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("update api_tokens set last_used_at = :at where id = :id")
                .param("at", Sql.ts(at))
                .param("id", id)
                .update();
    }

    List<ApiToken> of(UserId user, PageRequest page) {
        return jdbc.sql("""
                select * from api_tokens where user_id = :user and id < :after order by id desc""" + Sql.limit(page.fetchSize()))
                .param("user", user.value())
                .param("after", page.afterDescending())
                .query(ApiTokens::map)
                .list();
    }

    Optional<ApiToken> one(UserId user, UUID id) {
        return jdbc.sql("select * from api_tokens where user_id = :user and id = :id")
                .param("user", user.value())
                .param("id", id)
                .query(ApiTokens::map)
                .optional();
    }

    void revoke(UserId user, UUID id, Instant at) {
        recentTokens.changed();
        jdbc.sql("update api_tokens set revoked_at = :at where user_id = :user and id = :id and revoked_at is null")
                .param("at", Sql.ts(at))
                .param("user", user.value())
                .param("id", id)
                .update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("hint"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.instant(rs, "expires_at"),
                Sql.instant(rs, "last_used_at"),
                Sql.instant(rs, "revoked_at"));
    }
}
