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

    Workspaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId id, String name, Instant at) {
        jdbc.sql("insert into workspaces (id, name, created_at) values (:id, :name, :at)")
                .param("id", id.value()).param("name", name).param("at", Sql.ts(at)).update();
    }

    void rename(WorkspaceId id, String name) {
        jdbc.sql("update workspaces set name = :name where id = :id")
                .param("name", name).param("id", id.value()).update();
    }

    /** Whether any workspace the user is a member of lets its members in only through a sign-in provider. */
    boolean passwordLoginOff(UserId user) {
        return jdbc.sql("""
                select count(*) from memberships m join workspaces w on w.id = m.workspace_id
                where m.user_id = :user and not w.password_login""")
                .param("user", user.value()).query(Integer.class).single() > 0;
    }

    boolean passwordLogin(WorkspaceId id) {
        return jdbc.sql("select password_login from workspaces where id = :id").param("id", id.value())
                .query(Boolean.class).single();
    }

    void passwordLogin(WorkspaceId id, boolean allowed) {
        jdbc.sql("update workspaces set password_login = :allowed where id = :id")
                .param("allowed", allowed).param("id", id.value()).update();
    }
}
