package dev.tandem.identity;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is a guest of which partnership, and the guest invitations of a partnership with their status. */
@Repository
class Guests {

    private final JdbcClient jdbc;

    Guests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the user a guest of the partnership again if they were one before (revoked), or for the first time. */
    void join(WorkspaceId workspace, UUID partnership, UserId user, UUID invitation, Instant at) {
        int updated = jdbc.sql("""
                update partnership_guests set revoked_at = null, invitation_id = :invitation, joined_at = :at
                where workspace_id = :ws and partnership_id = :partnership and user_id = :user""")
                .param("invitation", invitation)
                .param("at", Sql.ts(at))
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .param("user", user.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into partnership_guests (workspace_id, partnership_id, user_id, invitation_id, joined_at)
                    values (:ws, :partnership, :user, :invitation, :at)""")
                    .param("ws", workspace.value())
                    .param("partnership", partnership)
                    .param("user", user.value())
                    .param("invitation", invitation)
                    .param("at", Sql.ts(at))
                    .update();
        }
    }

    /** Ends the access the invitation gave, if it was accepted; from the guest's next request on. */
    void revoke(WorkspaceId workspace, UUID partnership, UUID invitation, Instant at) {
        jdbc.sql("""
                update partnership_guests set revoked_at = :at where workspace_id = :ws and partnership_id = :partnership
                and invitation_id = :invitation and revoked_at is null""")
                .param("at", Sql.ts(at))
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .param("invitation", invitation)
                .update();
    }

    /** The partnerships of the workspace the user is a guest of now (empty: none). */
    Set<UUID> partnershipsOf(WorkspaceId workspace, UserId user) {
        return jdbc
                .sql("""
                select partnership_id from partnership_guests
                where user_id = :user and workspace_id = :ws and revoked_at is null""")
                .param("user", user.value())
                .param("ws", workspace.value())
                .query(UUID.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** A guest's access in the workspace, read with the names a context carries. */
    Optional<WorkspaceContext> access(WorkspaceId workspace, UserId user) {
        Set<UUID> partnerships = partnershipsOf(workspace, user);
        if (partnerships.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select w.name, u.display_name from workspaces w, users u where w.id = :ws and u.id = :user")
                .param("ws", workspace.value())
                .param("user", user.value())
                .query((rs, i) -> WorkspaceContext.guest(
                        workspace, rs.getString("name"), user, rs.getString("display_name"), partnerships))
                .optional();
    }

    /** The addresses a guest is known by in a partnership: their account's and the one they were invited at. */
    Set<String> addresses(WorkspaceId workspace, UUID partnership, UserId user) {
        return jdbc.sql("""
                select lower(u.email) as account, lower(i.email) as invited
                from partnership_guests g join users u on u.id = g.user_id
                join invitations i on i.workspace_id = g.workspace_id and i.id = g.invitation_id
                where g.workspace_id = :ws and g.partnership_id = :p and g.user_id = :user and g.revoked_at is null""")
                .param("ws", workspace.value())
                .param("p", partnership)
                .param("user", user.value())
                .query((rs, i) -> Set.copyOf(List.of(rs.getString("account"), rs.getString("invited"))))
                .optional()
                .orElse(Set.of());
    }

    /** Every partnership the user is a guest of, in every workspace, oldest first. */
    List<GuestOf> everywhere(UserId user) {
        return jdbc.sql("""
                select g.workspace_id, g.partnership_id from partnership_guests g
                where g.user_id = :user and g.revoked_at is null order by g.joined_at, g.partnership_id""")
                .param("user", user.value())
                .query((rs, i) -> new GuestOf(
                        WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                        rs.getObject("partnership_id", UUID.class)))
                .list();
    }

    /** The guest invitations of a partnership, newest first, with what became of each. */
    List<GuestInvitation> invitations(WorkspaceId workspace, UUID partnership, Instant now) {
        return jdbc.sql("""
                select i.id, i.email, b.display_name as invited_by, i.created_at, i.expires_at, i.accepted_at,
                       i.revoked_at, g.revoked_at as guest_revoked_at, u.display_name as guest_name
                from invitations i join users b on b.id = i.invited_by
                left join partnership_guests g on g.workspace_id = i.workspace_id
                     and g.partnership_id = i.partnership_id and g.invitation_id = i.id
                left join users u on u.id = g.user_id
                where i.workspace_id = :ws and i.partnership_id = :partnership
                order by i.created_at desc, i.id desc limit 200""")
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .query((rs, i) -> map(rs, now))
                .list();
    }

    private static GuestInvitation map(ResultSet rs, Instant now) throws SQLException {
        GuestInvitation.Status status;
        if (rs.getObject("revoked_at") != null || rs.getObject("guest_revoked_at") != null) {
            status = GuestInvitation.Status.REVOKED;
        } else if (rs.getObject("accepted_at") != null) {
            status = GuestInvitation.Status.ACCEPTED;
        } else if (!Sql.requiredInstant(rs, "expires_at").isAfter(now)) {
            status = GuestInvitation.Status.EXPIRED;
        } else {
            status = GuestInvitation.Status.PENDING;
        }
        return new GuestInvitation(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                status,
                rs.getString("invited_by"),
                Sql.requiredInstant(rs, "created_at"),
                rs.getString("guest_name"));
    }
}
