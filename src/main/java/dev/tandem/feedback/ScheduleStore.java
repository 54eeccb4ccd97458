package dev.tandem.feedback;

import dev.tandem.feedback.PulseService.Pick;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pulse schedules and the people each sends to, within one workspace except for finding the due ones. */
@Repository
class ScheduleStore {

    /** A schedule due by now, in any workspace: the job claims it by its {@code nextAt}. */
    record Due(WorkspaceId workspace, UUID partnershipId, Instant nextAt) {}

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PulseSchedule> find(WorkspaceId ws, UUID partnershipId) {
        var people = jdbc.sql("select kind, person_id from feedback_schedule_people where workspace_id = :ws "
                        + "and partnership_id = :p order by kind, person_id")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query((rs, i) -> new Pick(
                        partnershipId,
                        RecipientKind.valueOf(rs.getString("kind")),
                        rs.getObject("person_id", UUID.class)))
                .list();
        return jdbc.sql("""
                select every_weeks, remind_after_days, scheduled_by, next_at, last_sent_at, updated_at, version
                from feedback_schedules where workspace_id = :ws and partnership_id = :p""")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query((rs, i) -> new PulseSchedule(
                        partnershipId,
                        rs.getInt("every_weeks"),
                        rs.getInt("remind_after_days"),
                        people,
                        UserId.of(rs.getObject("scheduled_by", UUID.class)),
                        Sql.requiredInstant(rs, "next_at"),
                        Sql.instant(rs, "last_sent_at"),
                        Sql.requiredInstant(rs, "updated_at"),
                        rs.getLong("version")))
                .optional();
    }

    void insert(WorkspaceId ws, PulseSchedule s) {
        jdbc.sql("""
                insert into feedback_schedules (workspace_id, partnership_id, every_weeks, remind_after_days,
                    scheduled_by, next_at, updated_at, version)
                values (:ws, :p, :every, :remind, :by, :next, :now, 1)""")
                .param("ws", ws.value())
                .param("p", s.partnershipId())
                .param("every", s.everyWeeks())
                .param("remind", s.remindAfterDays())
                .param("by", s.scheduledBy().value())
                .param("next", Sql.ts(s.nextAt()))
                .param("now", Sql.ts(s.updatedAt()))
                .update();
        people(ws, s);
    }

    /** Replaces the schedule if it still has the version {@code basedOn}. */
    boolean update(WorkspaceId ws, PulseSchedule s, long basedOn) {
        boolean written = jdbc.sql("""
                        update feedback_schedules set every_weeks = :every, remind_after_days = :remind,
                            scheduled_by = :by, next_at = :next, updated_at = :now, version = version + 1
                        where workspace_id = :ws and partnership_id = :p and version = :basedOn""")
                        .param("ws", ws.value())
                        .param("p", s.partnershipId())
                        .param("every", s.everyWeeks())
                        .param("remind", s.remindAfterDays())
                        .param("by", s.scheduledBy().value())
                        .param("next", Sql.ts(s.nextAt()))
                        .param("now", Sql.ts(s.updatedAt()))
                        .param("basedOn", basedOn)
                        .update()
                == 1;
        if (written) {
            jdbc.sql("delete from feedback_schedule_people where workspace_id = :ws and partnership_id = :p")
                    .param("ws", ws.value())
                    .param("p", s.partnershipId())
                    .update();
            people(ws, s);
        }
        return written;
    }

    private void people(WorkspaceId ws, PulseSchedule s) {
        for (Pick pick : s.people()) {
            jdbc.sql("""
                    insert into feedback_schedule_people (workspace_id, partnership_id, kind, person_id)
                    values (:ws, :p, :kind, :person)""")
                    .param("ws", ws.value())
                    .param("p", s.partnershipId())
                    .param("kind", pick.kind().name())
                    .param("person", pick.personId())
                    .update();
        }
    }

    boolean delete(WorkspaceId ws, UUID partnershipId, long basedOn) {
        return jdbc.sql("delete from feedback_schedules where workspace_id = :ws and partnership_id = :p "
                                + "and version = :basedOn")
                        .param("ws", ws.value())
                        .param("p", partnershipId)
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    /** Schedules of any workspace due by {@code now}, the longest waiting first. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("select workspace_id, partnership_id, next_at from feedback_schedules where next_at <= :now "
                        + "order by next_at, workspace_id, partnership_id" + Sql.limit(limit))
                .param("now", Sql.ts(now))
                .query((rs, i) -> new Due(
                        WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                        rs.getObject("partnership_id", UUID.class),
                        Sql.requiredInstant(rs, "next_at")))
                .list();
    }

    /**
     * Claims a due schedule by moving its next round from {@code seen} to {@code next}: true for the one caller whose
     * update matched; a node that read the same row finds it moved and leaves it. The version stays: a member
     * editing the schedule meanwhile is not refused for it.
     */
    boolean claim(WorkspaceId ws, UUID partnershipId, Instant seen, Instant next, @Nullable Instant sentAt) {
        return jdbc.sql("""
                        update feedback_schedules set next_at = :next, last_sent_at = :sent
                        where workspace_id = :ws and partnership_id = :p and next_at = :seen""")
                        .param("ws", ws.value())
                        .param("p", partnershipId)
                        .param("seen", Sql.ts(seen))
                        .param("next", Sql.ts(next))
                        .param("sent", Sql.ts(sentAt))
                        .update()
                == 1;
    }
}
