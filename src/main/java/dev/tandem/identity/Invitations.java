package dev.tandem.identity;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Invitations {

    private static final String SELECT = """
            select i.id, i.workspace_id, w.name as workspace_name, i.email, i.role, u.display_name as invited_by,
                   i.expires_at, i.partnership_id, i.partnership_name
            from invitations i join workspaces w on w.id = i.workspace_id join users u on u.id = i.invited_by
            """;

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            WorkspaceId workspace,
            UUID id,
            String email,
            Role role,
            String tokenHash,
            UserId invitedBy,
            Instant at,
            Instant expiresAt) {
        jdbc.sql("""
                insert into invitations (workspace_id, id, email, role, token_hash, invited_by, created_at, expires_at)
                values (:ws, :id, :email, :role, :hash, :by, :at, :expires)""")
                .param("ws", workspace.value())
                .param("id", id)
                .param("email", email)
                .param("role", role.name())
                .param("hash", tokenHash)
                .param("by", invitedBy.value())
                .param("at", Sql.ts(at))
                .param("expires", Sql.ts(expiresAt))
                .update();
    }

    /** Records a guest invitation: to one partnership, with no role in the workspace. */
    void insertGuest(
            WorkspaceId workspace,
            UUID id,
            String email,
            UUID partnership,
            String partnershipName,
            String tokenHash,
            UserId invitedBy,
            Instant at,
            Instant expiresAt) {
        jdbc.sql("""
                insert into invitations (workspace_id, id, email, partnership_id, partnership_name, token_hash,
                                         invited_by, created_at, expires_at)
                values (:ws, :id, :email, :partnership, :name, :hash, :by, :at, :expires)""")
                .param("ws", workspace.value())
                .param("id", id)
                .param("email", email)
                .param("partnership", partnership)
                .param("name", partnershipName)
                .param("hash", tokenHash)
                .param("by", invitedBy.value())
                .param("at", Sql.ts(at))
                .param("expires", Sql.ts(expiresAt))
                .update();
    }

    /** An invitation that is neither accepted, revoked nor expired. */
    Optional<Invitation> pendingByHash(String tokenHash, Instant now) {
        return jdbc.sql(SELECT + """
                 where i.token_hash = :hash and i.accepted_at is null and i.revoked_at is null and i.expires_at > :now""")
                .param("hash", tokenHash)
                .param("now", Sql.ts(now))
                .query(Invitations::map)
                .optional();
    }

    /** Whether the invitation behind a link was accepted already (then a second acceptance is a conflict). */
    boolean acceptedByHash(String tokenHash) {
        return jdbc.sql("select count(*) from invitations where token_hash = :hash and accepted_at is not null")
                        .param("hash", tokenHash)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<Invitation> pending(WorkspaceId workspace, Instant now) {
        return jdbc.sql(SELECT + """
                 where i.workspace_id = :ws and i.partnership_id is null and i.accepted_at is null
                   and i.expires_at > :now
                 order by i.id desc limit 200""")
                .param("ws", workspace.value())
                .param("now", Sql.ts(now))
                .query(Invitations::map)
                .list();
    }

    /** Whether this call accepted it: of two at once, the row lock lets only one see it still open. */
    boolean markAccepted(WorkspaceId workspace, UUID id, Instant at) {
        return jdbc.sql("""
                update invitations set accepted_at = :at where workspace_id = :ws and id = :id and accepted_at is null
                and revoked_at is null""")
                        .param("at", Sql.ts(at))
                        .param("ws", workspace.value())
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Who sent the invitation. */
    UserId inviter(WorkspaceId workspace, UUID id) {
        return new UserId(jdbc.sql("select invited_by from invitations where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .query(UUID.class)
                .single());
    }

    /** Drops earlier open invitations to the workspace for the same address, so only the newest link works. */
    void deletePendingFor(WorkspaceId workspace, String email) {
        jdbc.sql("""
                delete from invitations where workspace_id = :ws and lower(email) = :email and accepted_at is null
                and partnership_id is null""")
                .param("ws", workspace.value())
                .param("email", User.emailKey(email))
                .update();
    }

    /** Revokes earlier open guest invitations of the same address to the same partnership (the newest link wins). */
    void revokePendingFor(WorkspaceId workspace, UUID partnership, String email, Instant at) {
        jdbc.sql("""
                update invitations set revoked_at = :at where workspace_id = :ws and partnership_id = :partnership
                and lower(email) = :email and accepted_at is null and revoked_at is null""")
                .param("at", Sql.ts(at))
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .param("email", User.emailKey(email))
                .update();
    }

    /** Whether this call revoked the guest invitation (false: unknown, or revoked already). */
    boolean revoke(WorkspaceId workspace, UUID partnership, UUID id, Instant at) {
        return jdbc.sql("""
                update invitations set revoked_at = :at where workspace_id = :ws and partnership_id = :partnership
                and id = :id and revoked_at is null""")
                        .param("at", Sql.ts(at))
                        .param("ws", workspace.value())
                        .param("partnership", partnership)
                        .param("id", id)
                        .update()
                > 0;
    }

    boolean delete(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from invitations where workspace_id = :ws and id = :id and accepted_at is null")
                        .param("ws", workspace.value())
                        .param("id", id)
                        .update()
                > 0;
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(
                rs.getObject("id", UUID.class),
                WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                rs.getString("workspace_name"),
                rs.getString("email"),
                rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                rs.getString("invited_by"),
                Sql.requiredInstant(rs, "expires_at"),
                rs.getObject("partnership_id", UUID.class),
                rs.getString("partnership_name"));
    }
}
