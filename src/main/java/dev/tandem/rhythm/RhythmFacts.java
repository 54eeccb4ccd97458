package dev.tandem.rhythm;

import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
    public record CommitmentFact(OwnerSide side, LocalDate dueOn, CommitmentStatus status, @Nullable LocalDate doneOn,
            Instant createdAt) {

        /** Delivered, on or before the due date. */
        public boolean onTime() {
            return status == CommitmentStatus.DONE && doneOn != null && !doneOn.isAfter(dueOn);
        }
    }

    private final JdbcClient jdbc;

    RhythmFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meetings held, latest first. */
    public List<HeldMeeting> heldMeetings(WorkspaceId workspace, UUID partnershipId) {
        var meetings = jdbc.sql("""
                select id, held_at from rhythm_meetings
                where workspace_id = :ws and partnership_id = :p and held_at is not null
                order by held_at desc, id desc""")
                .param("ws", workspace.value()).param("p", partnershipId)
                .query((rs, i) -> Map.entry(rs.getObject("id", UUID.class),
                        Sql.requiredInstant(rs, "held_at")))
                .list();
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<UUID, AttendanceStatus>> attendance = new HashMap<>();
        // Led by the partnership's meetings: given the workspace on the attendance side, H2 read the
        // attendance of the whole workspace (72,705 rows at 1,000 partnerships) for every recompute.
        jdbc.sql("""
                select a.meeting_id, a.participant_id, a.status from rhythm_meetings m
                join rhythm_attendance a on a.workspace_id = m.workspace_id and a.meeting_id = m.id
                where m.workspace_id = :ws and m.partnership_id = :p and m.held_at is not null""")
                .param("ws", workspace.value()).param("p", partnershipId)
                .query(rs -> {
                    attendance.computeIfAbsent(rs.getObject("meeting_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getObject("participant_id", UUID.class), AttendanceStatus.valueOf(rs.getString("status")));
                });
        return meetings.stream()
                .map(m -> new HeldMeeting(m.getKey(), m.getValue(), attendance.getOrDefault(m.getKey(), Map.of())))
                .toList();
    }

    /** Every commitment of the partnership, in no particular order. */
    public List<CommitmentFact> commitments(WorkspaceId workspace, UUID partnershipId) {
        return jdbc.sql("""
                select owner_side, due_on, status, done_on, created_at from rhythm_commitments
                where workspace_id = :ws and partnership_id = :p""")
                .param("ws", workspace.value()).param("p", partnershipId)
                .query((rs, i) -> new CommitmentFact(OwnerSide.valueOf(rs.getString("owner_side")),
                        rs.getObject("due_on", LocalDate.class), CommitmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("done_on", LocalDate.class),
                        Sql.requiredInstant(rs, "created_at")))
                .list();
    }
}
