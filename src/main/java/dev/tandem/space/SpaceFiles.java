package dev.tandem.space;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SpaceFiles {

    private final JdbcClient jdbc;

    SpaceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            WorkspaceId workspace,
            UUID id,
            UUID postId,
            String name,
            String mediaType,
            byte[] content,
            byte @Nullable [] thumbnail,
            UserId by,
            Instant at) {
        jdbc.sql("""
                insert into space_files (workspace_id, id, post_id, name, media_type, size_bytes, content, thumbnail,
                    created_by, created_at)
                values (:ws, :id, :post, :name, :type, :size, :content, :thumb, :by, :at)""")
                .param("ws", workspace.value())
                .param("id", id)
                .param("post", postId)
                .param("name", name)
                .param("type", mediaType)
                .param("size", (long) content.length)
                .param("content", content)
                .param("thumb", thumbnail, Types.BINARY)
                .param("by", by.value())
                .param("at", Sql.ts(at))
                .update();
    }

    /** Bytes the workspace's files take now. */
    long used(WorkspaceId workspace) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from space_files where workspace_id = :ws")
                .param("ws", workspace.value())
                .query(Long.class)
                .single();
    }

    /** The post a file belongs to. */
    Optional<UUID> postOf(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select post_id from space_files where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    Optional<StoredFile> content(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select name, media_type, content from space_files where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .query((rs, i) ->
                        new StoredFile(rs.getString("name"), rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    Optional<byte[]> thumbnail(WorkspaceId workspace, UUID id) {
        return jdbc.sql(
                        "select thumbnail from space_files where workspace_id = :ws and id = :id and thumbnail is not null")
                .param("ws", workspace.value())
                .param("id", id)
                .query((rs, i) -> rs.getBytes("thumbnail"))
                .optional();
    }

    void deleteOf(WorkspaceId workspace, UUID postId) {
        jdbc.sql("delete from space_files where workspace_id = :ws and post_id = :post")
                .param("ws", workspace.value())
                .param("post", postId)
                .update();
    }
}
