package dev.tandem.space;

import dev.tandem.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workspace's space counter. Taking a number locks the workspace's counter row until the transaction ends, so
 * writes to one workspace's space follow each other (the quota check holds too) and numbers become visible in
 * order: a reader who has seen n has seen every number before it.
 */
@Repository
class Sequences {

    private final JdbcClient jdbc;

    Sequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long next(WorkspaceId workspace) {
        jdbc.sql("insert into space_sequences (workspace_id, last_seq) values (:ws, 0) on conflict do nothing")
                .param("ws", workspace.value())
                .update();
        jdbc.sql("update space_sequences set last_seq = last_seq + 1 where workspace_id = :ws")
                .param("ws", workspace.value())
                .update();
        return current(workspace);
    }

    long current(WorkspaceId workspace) {
        return jdbc.sql("select last_seq from space_sequences where workspace_id = :ws")
                .param("ws", workspace.value())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }
}
