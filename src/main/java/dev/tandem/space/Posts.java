package dev.tandem.space;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Posts {

    private static final String SELECT = """
            select p.id, p.partnership_id, p.parent_id, p.kind, p.body, p.link_url, p.link_title, p.visibility,
                p.author_id, p.author_name, p.author_side, p.answer_id, p.created_at, p.created_seq, p.seq, p.version,
                p.updated_at, p.deleted_at, f.id as file_id, f.name as file_name, f.media_type, f.size_bytes,
                f.thumbnail is not null as has_thumbnail
            from space_posts p left join space_files f on f.workspace_id = p.workspace_id and f.post_id = p.id
            """;

    private final JdbcClient jdbc;

    Posts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, Post p) {
        jdbc.sql("""
                insert into space_posts (workspace_id, id, partnership_id, parent_id, kind, body, link_url, link_title,
                    visibility, author_id, author_name, author_side, created_at, created_seq, seq)
                values (:ws, :id, :p, :parent, :kind, :body, :url, :title, :visibility, :author, :name, :side, :at,
                    :seq, :seq)""")
                .param("ws", workspace.value())
                .param("id", p.id())
                .param("p", p.partnershipId())
                .param("parent", p.parentId(), Types.OTHER)
                .param("kind", p.kind().name())
                .param("body", p.body())
                .param("url", p.linkUrl())
                .param("title", p.linkTitle())
                .param("visibility", p.visibility().name())
                .param("author", p.authorId().value())
                .param("name", p.authorName())
                .param("side", p.side().name())
                .param("at", Sql.ts(p.createdAt()))
                .param("seq", p.seq())
                .update();
    }

    /**
     * Writes what {@code p} says now over version {@code basedOn}; false, writing nothing, when that version is gone.
     * {@code editedAt} is when its words last changed (null: never).
     */
    boolean update(WorkspaceId workspace, Post p, long basedOn, long seq, @Nullable Instant editedAt) {
        return jdbc.sql("""
                update space_posts set body = :body, link_url = :url, link_title = :title, visibility = :visibility,
                    answer_id = :answer, updated_at = :at, seq = :seq, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""")
                        .param("body", p.body())
                        .param("url", p.linkUrl())
                        .param("title", p.linkTitle())
                        .param("visibility", p.visibility().name())
                        .param("answer", p.answerId(), Types.OTHER)
                        .param("at", Sql.ts(editedAt), Types.TIMESTAMP_WITH_TIMEZONE)
                        .param("seq", seq)
                        .param("ws", workspace.value())
                        .param("id", p.id())
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    /** Leaves a trace: the post is there, deleted, saying nothing. */
    boolean delete(WorkspaceId workspace, UUID id, long basedOn, long seq, Instant at) {
        return jdbc.sql("""
                update space_posts set body = '', link_url = null, link_title = null, deleted_at = :at, seq = :seq,
                    version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn and deleted_at is null""")
                        .param("at", Sql.ts(at))
                        .param("seq", seq)
                        .param("ws", workspace.value())
                        .param("id", id)
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    Optional<Post> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql(SELECT + " where p.workspace_id = :ws and p.id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .query(Posts::row)
                .optional();
    }

    /** A partnership's posts (not replies), newest first; only shared ones when {@code sharedOnly}. */
    List<Post> feed(WorkspaceId workspace, UUID partnership, boolean sharedOnly, PageRequest page) {
        return jdbc.sql(SELECT + """
                 where p.workspace_id = :ws and p.partnership_id = :p and p.parent_id is null and p.id < :after"""
                        + (sharedOnly ? " and p.visibility = 'SHARED'" : "")
                        + Sql.orderBy("p.workspace_id, p.partnership_id", "p.id desc") + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("p", partnership)
                .param("after", page.afterDescending())
                .query(Posts::row)
                .list();
    }

    /** The replies to these posts, oldest first. */
    List<Post> replies(WorkspaceId workspace, Collection<UUID> parents) {
        if (parents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.workspace_id = :ws and p.parent_id in (:parents) order by p.id")
                .param("ws", workspace.value())
                .param("parents", List.copyOf(parents))
                .query(Posts::row)
                .list();
    }

    /** One post's replies, oldest first, a page at a time. */
    List<Post> replies(WorkspaceId workspace, UUID parent, PageRequest page) {
        return jdbc.sql(SELECT + " where p.workspace_id = :ws and p.parent_id = :parent and p.id > :after"
                        + Sql.orderBy("p.workspace_id, p.parent_id", "p.id") + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("parent", parent)
                .param("after", page.afterAscending())
                .query(Posts::row)
                .list();
    }

    /** Posts and replies of these workspaces written (or changed) after {@code after}, in the order written. */
    List<Post> since(WorkspaceId workspace, long after, int limit) {
        return jdbc.sql(SELECT + " where p.workspace_id = :ws and p.seq > :after"
                        + Sql.orderBy("p.workspace_id", "p.seq") + Sql.limit(limit))
                .param("ws", workspace.value())
                .param("after", after)
                .query(Posts::row)
                .list();
    }

    static Post row(ResultSet rs, int i) throws SQLException {
        UUID fileId = rs.getObject("file_id", UUID.class);
        Attachment file = fileId == null
                ? null
                : new Attachment(
                        fileId,
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getLong("size_bytes"),
                        rs.getBoolean("has_thumbnail"));
        return new Post(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                PostKind.valueOf(rs.getString("kind")),
                rs.getString("body"),
                rs.getString("link_url"),
                rs.getString("link_title"),
                file,
                Visibility.valueOf(rs.getString("visibility")),
                UserId.of(rs.getObject("author_id", UUID.class)),
                rs.getString("author_name"),
                Side.valueOf(rs.getString("author_side")),
                rs.getObject("answer_id", UUID.class),
                Sql.requiredInstant(rs, "created_at"),
                rs.getLong("created_seq"),
                rs.getLong("seq"),
                rs.getLong("version"),
                Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "deleted_at"));
    }
}
