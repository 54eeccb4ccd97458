package dev.tandem.identity;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Workspaces {

    private final JdbcClient jdbc;
    private final RecentTokens recentTokens;

    Workspaces(JdbcClient jdbc, RecentTokens recentTokens) {
        this.jdbc = jdbc;
        this.recentTokens = recentTokens;
    }

    void insert(WorkspaceId id, String name, Instant at) {
        jdbc.sql("insert into workspaces (id, name, created_at) values (:id, :name, :at)")
                .param("id", id.value())
                .param("name", name)
                .param("at", Sql.ts(at))
                .update();
    }

    /** Renames the workspace by {@code by} if it still has version {@code basedOn}; false, writing nothing, if not. */
    boolean rename(WorkspaceId id, String name, UserId by, Instant at, long basedOn) {
        recentTokens.changed();
        return jdbc.sql("""
                update workspaces set name = :name, updated_by = :by, updated_at = :at, version = version + 1
                where id = :id and version = :basedOn""")
                        .param("name", name)
                        .param("id", id.value())
                        .param("by", by.value())
                        .param("at", Sql.ts(at))
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    Stamp stamp(WorkspaceId id) {
        return jdbc.sql("select version, updated_by, updated_at from workspaces where id = :id")
                .param("id", id.value())
                .query((rs, i) -> Stamp.of(rs))
                .single();
    }

    String name(WorkspaceId id) {
        return jdbc.sql("select name from workspaces where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    /** Whether any workspace the user is a member of lets its members in only through a sign-in provider. */
    boolean passwordLoginOff(UserId user) {
        return jdbc.sql("""
                select count(*) from memberships m join workspaces w on w.id = m.workspace_id
                where m.user_id = :user and not w.password_login""").param("user", user.value()).query(Integer.class).single() > 0;
    }

    boolean passwordLogin(WorkspaceId id) {
        return jdbc.sql("select password_login from workspaces where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .single();
    }

    void passwordLogin(WorkspaceId id, boolean allowed) {
        recentTokens.changed();
        jdbc.sql("update workspaces set password_login = :allowed where id = :id")
                .param("allowed", allowed)
                .param("id", id.value())
                .update();
    }
}
