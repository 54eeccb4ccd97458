package dev.tandem.identity;

import dev.tandem.shared.Sql;
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
}
