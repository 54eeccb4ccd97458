package dev.tandem.partnerships;

import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Notes {

    private static final String COLUMNS = "id, partnership_id, body, visibility, author_id, created_at";

    private final JdbcClient jdbc;

    Notes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, Note note) {
        jdbc.sql("""
                insert into partnership_notes (workspace_id, id, partnership_id, body, visibility, author_id, created_at)
                values (:ws, :id, :partnership, :body, :visibility, :author, :at)""")
                .param("ws", workspace.value())
                .param("id", note.id())
                .param("partnership", note.partnershipId())
                .param("body", note.body())
                .param("visibility", note.visibility().name())
                .param("author", note.authorId().value())
                .param("at", Sql.ts(note.createdAt()))
                .update();
    }

    /** Newest first. */
    List<Note> of(WorkspaceId workspace, UUID partnership, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " " + """
                from partnership_notes
                where workspace_id = :ws and partnership_id = :partnership and id < :after
                order by id desc""" + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .param("after", page.afterDescending())
                .query(Notes::row)
                .list();
    }

    /** The newest SHARED notes, at most {@code limit}: what the partner's guests read. */
    List<Note> shared(WorkspaceId workspace, UUID partnership, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                from partnership_notes
                where workspace_id = :ws and partnership_id = :partnership and visibility = 'SHARED'
                order by id desc""" + Sql.limit(limit))
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .query(Notes::row)
                .list();
    }

    Optional<Note> find(WorkspaceId workspace, UUID partnership, UUID id) {
        return jdbc.sql("select " + COLUMNS + " " + """
                from partnership_notes where workspace_id = :ws and partnership_id = :partnership and id = :id""")
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .param("id", id)
                .query(Notes::row)
                .optional();
    }

    void delete(WorkspaceId workspace, UUID id) {
        jdbc.sql("delete from partnership_notes where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .update();
    }

    private static Note row(ResultSet rs, int i) throws SQLException {
        return new Note(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                rs.getString("body"),
                Visibility.valueOf(rs.getString("visibility")),
                UserId.of(rs.getObject("author_id", UUID.class)),
                Sql.requiredInstant(rs, "created_at"));
    }
}
