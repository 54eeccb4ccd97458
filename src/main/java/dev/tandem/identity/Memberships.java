package dev.tandem.identity;

import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Memberships {

    private final JdbcClient jdbc;
    private final RecentTokens recentTokens;

    Memberships(JdbcClient jdbc, RecentTokens recentTokens) {
        this.jdbc = jdbc;
        this.recentTokens = recentTokens;
    }

    void insert(WorkspaceId workspace, UserId user, Role role, Instant at) {
        recentTokens.changed();
        jdbc.sql("insert into memberships (workspace_id, user_id, role, joined_at) values (:ws, :user, :role, :at)")
                .param("ws", workspace.value())
                .param("user", user.value())
                .param("role", role.name())
                .param("at", Sql.ts(at))
                .update();
    }

    Optional<WorkspaceContext> access(WorkspaceId workspace, UserId user) {
        return jdbc.sql("""
                select w.name, u.display_name, m.role from memberships m join workspaces w on w.id = m.workspace_id
                join users u on u.id = m.user_id
                where m.workspace_id = :ws and m.user_id = :user""")
                .param("ws", workspace.value())
                .param("user", user.value())
                .query((rs, i) -> new WorkspaceContext(
                        workspace,
                        rs.getString("name"),
                        user,
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role"))))
                .optional();
    }

    List<Member> members(WorkspaceId workspace, PageRequest page) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, m.role, m.joined_at, m.version
                from memberships m join users u on u.id = m.user_id
                where m.workspace_id = :ws and m.user_id > :after
                order by m.user_id""" + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("after", page.afterAscending())
                .query(Memberships::member)
                .list();
    }

    Optional<Member> member(WorkspaceId workspace, UserId user) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, m.role, m.joined_at, m.version
                from memberships m join users u on u.id = m.user_id
                where m.workspace_id = :ws and m.user_id = :user""")
                .param("ws", workspace.value())
                .param("user", user.value())
                .query(Memberships::member)
                .optional();
    }

    Map<UserId, Member> withIds(WorkspaceId workspace, Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        var members = new HashMap<UserId, Member>();
        jdbc.sql("""
                select u.id, u.email, u.display_name, m.role, m.joined_at, m.version
                from memberships m join users u on u.id = m.user_id
                where (m.workspace_id, m.user_id) in (:keys)""")
                .param(
                        "keys",
                        Sql.keys(
                                workspace.value(),
                                users.stream().map(UserId::value).toList()))
                .query((rs, i) -> members.put(UserId.of(rs.getObject("id", UUID.class)), member(rs, i)))
                .list();
        return members;
    }

    Map<UserId, String> names(WorkspaceId workspace, Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<UserId, String>();
        jdbc.sql("""
                select u.id, u.display_name from memberships m join users u on u.id = m.user_id
                where m.workspace_id = :ws and m.user_id in (:users)""")
                .param("ws", workspace.value())
                .param("users", users.stream().map(UserId::value).distinct().toList())
                .query((rs, i) -> names.put(UserId.of(rs.getObject("id", UUID.class)), rs.getString("display_name")))
                .list();
        return names;
    }

    int count(WorkspaceId workspace) {
        return jdbc.sql("select count(*) from memberships where workspace_id = :ws")
                .param("ws", workspace.value())
                .query(Integer.class)
                .single();
    }

    int owners(WorkspaceId workspace) {
        return jdbc.sql("select count(*) from memberships where workspace_id = :ws and role = 'OWNER'")
                .param("ws", workspace.value())
                .query(Integer.class)
                .single();
    }

    /** Changes the role by {@code by} if the membership still has version {@code basedOn}; false, writing nothing, if not. */
    boolean changeRole(WorkspaceId workspace, UserId user, Role role, UserId by, Instant at, long basedOn) {
        recentTokens.changed();
        return jdbc.sql("""
                update memberships set role = :role, updated_by = :by, updated_at = :at, version = version + 1
                where workspace_id = :ws and user_id = :user and version = :basedOn""")
                        .param("role", role.name())
                        .param("ws", workspace.value())
                        .param("user", user.value())
                        .param("by", by.value())
                        .param("at", Sql.ts(at))
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    Optional<Stamp> stamp(WorkspaceId workspace, UserId user) {
        return jdbc.sql(
                        "select version, updated_by, updated_at from memberships where workspace_id = :ws and user_id = :user")
                .param("ws", workspace.value())
                .param("user", user.value())
                .query((rs, i) -> Stamp.of(rs))
                .optional();
    }

    private static Member member(ResultSet rs, int i) throws SQLException {
        return new Member(
                UserId.of(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                Sql.requiredInstant(rs, "joined_at"),
                rs.getLong("version"));
    }

    void delete(WorkspaceId workspace, UserId user) {
        recentTokens.changed();
        jdbc.sql("delete from memberships where workspace_id = :ws and user_id = :user")
                .param("ws", workspace.value())
                .param("user", user.value())
                .update();
    }

    List<WorkspaceSummary> workspacesOf(UserId user) {
        return jdbc.sql("""
                select w.id, w.name, m.role from memberships m join workspaces w on w.id = m.workspace_id
                where m.user_id = :user order by lower(w.name), w.id""")
                .param("user", user.value())
                .query((rs, i) -> new WorkspaceSummary(
                        WorkspaceId.of(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role"))))
                .list();
    }
}
