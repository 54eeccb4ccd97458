package dev.tandem.timeline;

import dev.tandem.shared.Ids;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Rows;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every {@link TimelineEvent}, once per subject, in the transaction that published it, forgets a
 * subject's timeline when it is deleted ({@link SubjectDeleted}), and reads a subject's timeline newest first. Entry ids carry the time of the event, so ordering by id
 * is ordering by when it happened, back-dated events included, and the cursor stays a plain id.
 */
@Service
public class Timeline {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TimelineArguments arguments;

    Timeline(JdbcClient jdbc, JdbcTemplate batches, TimelineArguments arguments) {
        this.jdbc = jdbc;
        this.batches = batches;
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
        Pending pending = pending();
        for (TimelineSubject subject : event.subjects()) {
            Object[] row = {
                event.workspaceId().value(),
                Ids.at(at),
                subject.kind().name(),
                subject.id(),
                type,
                args,
                new SqlParameterValue(
                        Types.OTHER,
                        event.actor() == null ? null : event.actor().id().value()),
                new SqlParameterValue(
                        Types.VARCHAR,
                        event.actor() == null ? null : event.actor().name()),
                Sql.ts(at),
                event.interaction()
            };
            if (pending == null) {
                insert(List.<Object[]>of(row));
            } else {
                pending.add(row);
            }
        }
    }

    /** Entries a transaction keeps before writing them together (by COPY on PostgreSQL when there are many). */
    private static final int PENDING = 1000;

    private void insert(List<Object[]> rows) {
        Rows.append(
                batches,
                "timeline_entries",
                "workspace_id, id, subject_kind, subject_id, type, args, actor_id, actor_name, occurred_at, interaction",
                10,
                rows);
    }

    /**
     * The entries of the current transaction not written yet, or null outside a transaction. A transaction that
     * records many events at once (an import: one a contact) writes them {@value #PENDING} at a time
     * instead of one statement each; they are written before the transaction commits and before this timeline
     * reads, moves or deletes entries. Kept with the transaction's synchronizations, so that a transaction started
     * inside another (and suspending it) has its own.
     */
    private @Nullable Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.timeline() == this) {
                return pending;
            }
        }
        Pending pending = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** Writes what the current transaction recorded and has not written yet. */
    private void flush() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.timeline() == this) {
                pending.flush();
            }
        }
    }

    private static final class Pending implements TransactionSynchronization {

        private final Timeline timeline;
        private final List<Object[]> rows = new ArrayList<>();

        Pending(Timeline timeline) {
            this.timeline = timeline;
        }

        Timeline timeline() {
            return timeline;
        }

        void add(Object[] row) {
            rows.add(row);
            if (rows.size() >= PENDING) {
                flush();
            }
        }

        @Override
        public void flush() {
            if (!rows.isEmpty()) {
                timeline.insert(List.copyOf(rows));
                rows.clear();
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flush();
        }
    }

    /** A subject's timeline, newest first. The caller has checked that the subject is in the workspace. */
    public Page<TimelineEntry> of(WorkspaceId workspace, TimelineSubject subject, PageRequest page) {
        flush();
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
        flush();
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
        flush();
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
