package dev.tandem.identity;

import dev.tandem.shared.Forbidden;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who runs this installation (not a workspace): the owners of the first workspace made on it, which is the one
 * whoever installed Tandem made when signing up first. They see the database and make backups; what they do is
 * recorded in that workspace's audit log. Co-owners of that workspace are administrators too (docs/permissions.md).
 */
@Service
public class InstanceAdministrators {

    private final JdbcClient jdbc;

    InstanceAdministrators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace whose owners administer the installation, if any workspace exists yet. */
    public Optional<WorkspaceId> workspace() {
        return jdbc.sql("select id from workspaces order by created_at, id limit 1")
                .query((rs, i) -> WorkspaceId.of(rs.getObject("id", UUID.class)))
                .optional();
    }

    public boolean administers(UserId user) {
        return workspace()
                .map(ws -> jdbc.sql("""
                select count(*) from memberships where workspace_id = :ws and user_id = :user and role = 'OWNER'""")
                                .param("ws", ws.value())
                                .param("user", user.value())
                                .query(Integer.class)
                                .single()
                        > 0)
                .orElse(false);
    }

    /** The signed-in administrator, or a refusal for anyone else. */
    public TandemUser require() {
        TandemUser user = SignedIn.current();
        if (user == null || !administers(user.id())) {
            throw new Forbidden("operations.onlyAdministrators");
        }
        return user;
    }
}
