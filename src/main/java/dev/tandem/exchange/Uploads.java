package dev.tandem.exchange;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files between upload and confirmation. They live in the database, not in a session or on a node's
 * disk, so that the preview and the confirmation may be served by different nodes.
 */
@Repository
class Uploads {

    record Upload(UUID id, String fileName, @Nullable FileFormat format, byte[] content) {}

    private final JdbcClient jdbc;

    Uploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            WorkspaceId workspace,
            UUID id,
            UserId user,
            String fileName,
            @Nullable FileFormat format,
            byte[] content,
            Instant at) {
        jdbc.sql("""
                insert into exchange_uploads (workspace_id, id, user_id, file_name, format, content, created_at)
                values (:ws, :id, :user, :name, :format, :content, :at)""")
                .param("ws", workspace.value())
                .param("id", id)
                .param("user", user.value())
                .param("name", fileName)
                .param("format", format == null ? null : format.name())
                .param("content", content)
                .param("at", Sql.ts(at))
                .update();
    }

    /** An upload of this user in this workspace; another member's upload is not found. */
    Optional<Upload> find(WorkspaceId workspace, UserId user, UUID id) {
        return jdbc.sql("""
                select id, file_name, format, content from exchange_uploads
                where workspace_id = :ws and id = :id and user_id = :user""")
                .param("ws", workspace.value())
                .param("id", id)
                .param("user", user.value())
                .query((rs, row) -> new Upload(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("format") == null ? null : FileFormat.valueOf(rs.getString("format")),
                        rs.getBytes("content")))
                .optional();
    }

    /** Deletes the upload; false when it was gone already (confirmed twice, or by another node). */
    boolean delete(WorkspaceId workspace, UserId user, UUID id) {
        return jdbc.sql("delete from exchange_uploads where workspace_id = :ws and id = :id and user_id = :user")
                        .param("ws", workspace.value())
                        .param("id", id)
                        .param("user", user.value())
                        .update()
                > 0;
    }

    /** Drops uploads nobody confirmed, in every workspace. */
    int purgeOlderThan(Instant cutoff) {
        return jdbc.sql("delete from exchange_uploads where created_at < :cutoff")
                .param("cutoff", Sql.ts(cutoff))
                .update();
    }
}
