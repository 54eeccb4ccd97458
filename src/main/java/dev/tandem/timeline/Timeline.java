package dev.tandem.timeline;

import dev.tandem.shared.Ids;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.SubjectDeleted;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records every {@link TimelineEvent}, once per subject, in the transaction that published it, forgets a
 * subject's timeline when it is deleted ({@link SubjectDeleted}), and reads a subject's timeline newest first. Entry ids carry the time of the event, so ordering by id
 * is ordering by when it happened, back-dated events included, and the cursor stays a plain id.
 */
@Service
public class Timeline {

    private final JdbcClient jdbc;
    private final TimelineArguments arguments;

    Timeline(JdbcClient jdbc, TimelineArguments arguments) {
        this.jdbc = jdbc;
        this.arguments = arguments;
    }

    @EventListener
    void record(TimelineEvent event) {
        if (event.subjects().isEmpty() || !event.messageKey().startsWith(TimelineEntry.PREFIX)) {
            throw new IllegalArgumentException("a timeline event needs a subject and a timeline.* key: " + event);
        }
        String type = event.messageKey().substring(TimelineEntry.PREFIX.length());
        String args = arguments.write(event.arguments());
        Instant at = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
        for (TimelineSubject subject : event.subjects()) {
            jdbc.sql("""
                    insert into timeline_entries (workspace_id, id, subject_kind, subject_id, type, args, actor_id,
                        actor_name, occurred_at, interaction)
                    values (:ws, :id, :kind, :subject, :type, :args, :actor, :actorName, :at, :interaction)""")
                    .param("ws", event.workspaceId().value())
                    .param("id", Ids.at(at))
                    .param("kind", subject.kind().name())
                    .param("subject", subject.id())
                    .param("type", type)
                    .param("args", args)
                    .param(
                            "actor",
                            event.actor() == null ? null : event.actor().id().value(),
                            Types.OTHER)
                    .param(
                            "actorName",
                            event.actor() == null ? null : event.actor().name())
                    .param("at", Sql.ts(at))
                    .param("interaction", event.interaction())
                    .update();
        }
    }

    /** A subject's timeline, newest first. The caller has checked that the subject is in the workspace. */
    public Page<TimelineEntry> of(WorkspaceId workspace, TimelineSubject subject, PageRequest page) {
        var rows = jdbc.sql("""
                select id, type, args, actor_name, occurred_at, interaction from timeline_entries
                where workspace_id = :ws and subject_kind = :kind and subject_id = :subject and id < :after"""
                        + Sql.orderBy("workspace_id, subject_kind, subject_id", "id desc")
                        + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("kind", subject.kind().name())
                .param("subject", subject.id())
                .param("after", page.afterDescending())
                .query(this::map)
                .list();
        return Page.of(rows, page, TimelineEntry::id);
    }

    /** Moves one subject's history onto another, when two records turn out to be the same (a merge). */
    public void repoint(WorkspaceId workspace, TimelineSubject from, TimelineSubject to) {
        jdbc.sql("""
                update timeline_entries set subject_kind = :toKind, subject_id = :to
                where workspace_id = :ws and subject_kind = :fromKind and subject_id = :from""")
                .param("toKind", to.kind().name())
                .param("to", to.id())
                .param("ws", workspace.value())
                .param("fromKind", from.kind().name())
                .param("from", from.id())
                .update();
    }

    /** Drops a deleted record's own timeline (entries of other subjects about it stay where they are). */
    @EventListener
    void forget(SubjectDeleted deleted) {
        forget(deleted.workspaceId(), deleted.subject());
    }

    private void forget(WorkspaceId workspace, TimelineSubject subject) {
        jdbc.sql(
                        "delete from timeline_entries where workspace_id = :ws and subject_kind = :kind and subject_id = :subject")
                .param("ws", workspace.value())
                .param("kind", subject.kind().name())
                .param("subject", subject.id())
                .update();
    }

    private TimelineEntry map(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(
                rs.getObject("id", UUID.class),
                rs.getString("type"),
                arguments.read(rs.getString("args")),
                rs.getString("actor_name"),
                Sql.requiredInstant(rs, "occurred_at"),
                rs.getBoolean("interaction"));
    }
}
