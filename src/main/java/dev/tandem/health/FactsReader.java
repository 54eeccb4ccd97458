package dev.tandem.health;

import dev.tandem.goals.AlignmentService;
import dev.tandem.health.HealthFacts.MeetingHeld;
import dev.tandem.health.HealthFacts.Presence;
import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.Side;
import dev.tandem.rhythm.AttendanceStatus;
import dev.tandem.rhythm.RhythmFacts;
import dev.tandem.shared.WorkspaceId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gathers a partnership's facts from the modules that own them, through their public services. */
@Component
class FactsReader {

    private final PartnershipFacts partnerships;
    private final RhythmFacts rhythm;
    private final AlignmentService alignment;

    FactsReader(PartnershipFacts partnerships, RhythmFacts rhythm, AlignmentService alignment) {
        this.partnerships = partnerships;
        this.rhythm = rhythm;
        this.alignment = alignment;
    }

    HealthFacts read(WorkspaceId workspace, Partnership p) {
        Set<UUID> theirs = partnerships.participantIds(workspace, p.id(), Side.THEIRS);
        var meetings = rhythm.heldMeetings(workspace, p.id()).stream()
                .map(m -> new MeetingHeld(m.heldAt(), presence(m.attendance(), theirs))).toList();
        var goals = alignment.counts(workspace, p.id());
        var cadence = p.details().cadence();
        return new HealthFacts(p.createdAt(), p.lastContactedAt(), cadence.idealDays(), cadence.maxDays(), meetings,
                rhythm.commitments(workspace, p.id()), goals.activeGoals(), goals.alignedGoals());
    }

    static Presence presence(Map<UUID, AttendanceStatus> attendance, Set<UUID> theirs) {
        var statuses = attendance.entrySet().stream().filter(e -> theirs.contains(e.getKey())).map(Map.Entry::getValue)
                .toList();
        if (statuses.contains(AttendanceStatus.ATTENDED)) {
            return Presence.ATTENDED;
        }
        if (statuses.contains(AttendanceStatus.ABSENT)) {
            return Presence.MISSED;
        }
        return statuses.isEmpty() ? Presence.UNKNOWN : Presence.EXCUSED;
    }
}
