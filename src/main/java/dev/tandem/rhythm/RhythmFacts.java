package dev.tandem.rhythm;

import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A partnership's rhythm as plain facts (meetings held with who attended, commitments with their dates),
 * for the health index, which judges them as of any day. Every read is scoped by the workspace.
 */
@Service
public class RhythmFacts {

    /** A held meeting and the attendance taken, by participant id. */
    public record HeldMeeting(UUID id, Instant heldAt, Map<UUID, AttendanceStatus> attendance) {
        public HeldMeeting {
            attendance = Map.copyOf(attendance);
        }
    }

    /** What a commitment contributes to reliability: whose it is and its dates. */
    public record CommitmentFact(
            OwnerSide side,
            LocalDate dueOn,
            CommitmentStatus status,
            @Nullable LocalDate doneOn,
            Instant createdAt) {

        /** Delivered, on or before the due date. */
        public boolean onTime() {
            return status == CommitmentStatus.DONE && doneOn != null && !doneOn.isAfter(dueOn);
        }
    }

    private static final String COMMITMENTS = """
            select owner_side, due_on, status, done_on, created_at from rhythm_commitments
            where workspace_id = :ws and partnership_id = :p""";

    private final JdbcClient jdbc;

    RhythmFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meetings held, latest first. */
    public List<HeldMeeting> heldMeetings(WorkspaceId workspace, UUID partnershipId) {
        // Led by the partnership's meetings: given the workspace on the attendance side, H2 read the
        // attendance of the whole workspace (72,705 rows at 1,000 partnerships) for every recompute.
        return held(jdbc.sql("""
                select m.id, m.held_at, a.participant_id, a.status from rhythm_meetings m
                left join rhythm_attendance a on a.workspace_id = m.workspace_id and a.meeting_id = m.id
                where m.workspace_id = :ws and m.partnership_id = :p and m.held_at is not null
                order by m.held_at desc, m.id desc""").param("ws", workspace.value()).param("p", partnershipId));
    }

    /**
     * The last {@code limit} meetings held before {@code before}, latest first: what today's health reads, however
     * long the partnership's history.
     */
    public List<HeldMeeting> lastHeldMeetings(WorkspaceId workspace, UUID partnershipId, Instant before, int limit) {
        return held(jdbc.sql("""
                select m.id, m.held_at, a.participant_id, a.status from (
                    select id, held_at from rhythm_meetings
                    where workspace_id = :ws and partnership_id = :p and held_at is not null and held_at < :before
                    order by held_at desc, id desc%s) m
                left join rhythm_attendance a on a.workspace_id = :ws and a.meeting_id = m.id
                order by m.held_at desc, m.id desc""".formatted(Sql.limit(limit)))
                .param("ws", workspace.value())
                .param("p", partnershipId)
                .param("before", Sql.ts(before)));
    }

    private static List<HeldMeeting> held(JdbcClient.StatementSpec query) {
        record Held(Instant at, Map<UUID, AttendanceStatus> attendance) {}
        Map<UUID, Held> held = new LinkedHashMap<>();
        query.query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Held meeting = held.get(id);
            if (meeting == null) {
                meeting = new Held(Sql.requiredInstant(rs, "held_at"), new HashMap<>());
                held.put(id, meeting);
            }
            UUID participant = rs.getObject("participant_id", UUID.class);
            if (participant != null) {
                meeting.attendance().put(participant, AttendanceStatus.valueOf(rs.getString("status")));
            }
        });
        return held.entrySet().stream()
                .map(e -> new HeldMeeting(
                        e.getKey(), e.getValue().at(), e.getValue().attendance()))
                .toList();
    }

    /** Every commitment of the partnership, in no particular order. */
    public List<CommitmentFact> commitments(WorkspaceId workspace, UUID partnershipId) {
        return commitments(jdbc.sql(COMMITMENTS).param("ws", workspace.value()).param("p", partnershipId));
    }

    /**
     * The commitments that can still count on {@code day}: those open, due since {@code since}, or not done by
     * {@code day}. The rest are settled history that neither reliability nor the overdue count reads.
     */
    public List<CommitmentFact> commitmentsCounting(
            WorkspaceId workspace, UUID partnershipId, LocalDate since, LocalDate day) {
        return commitments(jdbc.sql(
                        COMMITMENTS
                                + " and (status = 'OPEN' or due_on >= :since or (status = 'DONE' and (done_on is null or done_on > :day)))")
                .param("ws", workspace.value())
                .param("p", partnershipId)
                .param("since", since)
                .param("day", day));
    }

    private static List<CommitmentFact> commitments(JdbcClient.StatementSpec query) {
        return query.query((rs, i) -> new CommitmentFact(
                        OwnerSide.valueOf(rs.getString("owner_side")),
                        rs.getObject("due_on", LocalDate.class),
                        CommitmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("done_on", LocalDate.class),
                        Sql.requiredInstant(rs, "created_at")))
                .list();
    }
}
