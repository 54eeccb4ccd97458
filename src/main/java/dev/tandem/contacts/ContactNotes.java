package dev.tandem.contacts;

import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notes about contacts, newest first. */
@Repository
class ContactNotes {

    private final JdbcClient jdbc;

    ContactNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            WorkspaceId ws,
            UUID id,
            UUID contact,
            String body,
            ContactNote.Visibility visibility,
            UUID author,
            String authorName,
            Instant at) {
        jdbc.sql("""
                insert into contact_notes (workspace_id, id, contact_id, body, visibility, author_id, author_name,
                    created_at)
                values (:ws, :id, :contact, :body, :visibility, :author, :authorName, :at)""")
                .param("ws", ws.value())
                .param("id", id)
                .param("contact", contact)
                .param("body", body)
                .param("visibility", visibility.name())
                .param("author", author)
                .param("authorName", authorName)
                .param("at", Sql.ts(at))
                .update();
    }

    List<ContactNote> of(WorkspaceId ws, UUID contact, PageRequest page) {
        return jdbc.sql("""
                select n.id, n.contact_id, n.body, n.visibility, n.created_at, n.author_name
                from contact_notes n
                where n.workspace_id = :ws and n.contact_id = :contact and n.id < :after
                order by n.id desc""" + Sql.limit(page.fetchSize()))
                .param("ws", ws.value())
                .param("contact", contact)
                .param("after", page.afterDescending())
                .query((rs, i) -> new ContactNote(
                        rs.getObject("id", UUID.class),
                        rs.getObject("contact_id", UUID.class),
                        rs.getString("body"),
                        ContactNote.Visibility.valueOf(rs.getString("visibility")),
                        rs.getString("author_name"),
                        Sql.requiredInstant(rs, "created_at")))
                .list();
    }

    /** The author of a note, if the note is there; a note of a removed account has none. */
    Optional<Optional<UUID>> author(WorkspaceId ws, UUID contact, UUID id) {
        return jdbc.sql(
                        "select author_id from contact_notes where workspace_id = :ws and contact_id = :contact and id = :id")
                .param("ws", ws.value())
                .param("contact", contact)
                .param("id", id)
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional();
    }

    boolean delete(WorkspaceId ws, UUID contact, UUID id) {
        return jdbc.sql("delete from contact_notes where workspace_id = :ws and contact_id = :contact and id = :id")
                        .param("ws", ws.value())
                        .param("contact", contact)
                        .param("id", id)
                        .update()
                > 0;
    }

    void repoint(WorkspaceId ws, UUID from, UUID to) {
        jdbc.sql("update contact_notes set contact_id = :to where workspace_id = :ws and contact_id = :from")
                .param("ws", ws.value())
                .param("from", from)
                .param("to", to)
                .update();
    }
}
