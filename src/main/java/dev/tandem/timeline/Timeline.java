package dev.tandem.timeline;

import dev.tandem.shared.Ids;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every {@link TimelineEvent}, once per subject, in the transaction that published it, and
 * reads a subject's timeline newest first. Entry ids carry the time of the event, so ordering by id
 * is ordering by when it happened, back-dated events included, and the cursor stays a plain id.
 */
@Service
public class Timeline {

    private static final TypeReference<List<String>> ARGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timeline(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    void record(TimelineEvent event) {
        String args = json.writeValueAsString(event.args());
        for (TimelineSubject subject : event.subjects()) {
            jdbc.sql("""
                    insert into timeline_entries (workspace_id, id, subject_kind, subject_id, type, args, actor_id,
                        actor_name, occurred_at, interaction)
                    values (:ws, :id, :kind, :subject, :type, :args, :actor, :actorName, :at, :interaction)""")
                    .param("ws", event.workspaceId().value()).param("id", Ids.at(event.occurredAt()))
                    .param("kind", subject.kind().name()).param("subject", subject.id())
                    .param("type", event.type()).param("args", args)
                    .param("actor", event.actor() == null ? null : event.actor().value(), java.sql.Types.OTHER)
                    .param("actorName", event.actorName()).param("at", Sql.ts(event.occurredAt()))
                    .param("interaction", event.interaction())
                    .update();
        }
    }

    /** A subject's timeline, newest first. The caller has checked that the subject is in the workspace. */
    public Page<TimelineEntry> of(WorkspaceId workspace, TimelineSubject subject, PageRequest page) {
        var rows = jdbc.sql("""
                select id, type, args, actor_name, occurred_at, interaction from timeline_entries
                where workspace_id = :ws and subject_kind = :kind and subject_id = :subject and id < :after"""
                + Sql.orderBy("workspace_id, subject_kind, subject_id", "id desc") + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value()).param("kind", subject.kind().name()).param("subject", subject.id())
                .param("after", page.afterDescending())
                .query(this::map).list();
        return Page.of(rows, page, TimelineEntry::id);
    }

    /** Moves one subject's history onto another, when two records turn out to be the same (a merge). */
    public void repoint(WorkspaceId workspace, TimelineSubject from, TimelineSubject to) {
        jdbc.sql("""
                update timeline_entries set subject_kind = :toKind, subject_id = :to
                where workspace_id = :ws and subject_kind = :fromKind and subject_id = :from""")
                .param("toKind", to.kind().name()).param("to", to.id()).param("ws", workspace.value())
                .param("fromKind", from.kind().name()).param("from", from.id()).update();
    }

    /** Drops a deleted record's own timeline (entries of other subjects about it stay where they are). */
    public void forget(WorkspaceId workspace, TimelineSubject subject) {
        jdbc.sql("delete from timeline_entries where workspace_id = :ws and subject_kind = :kind and subject_id = :subject")
                .param("ws", workspace.value()).param("kind", subject.kind().name()).param("subject", subject.id())
                .update();
    }

    private TimelineEntry map(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(rs.getObject("id", UUID.class), rs.getString("type"),
                json.readValue(rs.getString("args"), ARGS), rs.getString("actor_name"),
                Sql.requiredInstant(rs, "occurred_at"), rs.getBoolean("interaction"));
    }
}
