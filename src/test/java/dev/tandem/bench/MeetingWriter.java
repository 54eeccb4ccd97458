package dev.tandem.bench;

import dev.tandem.bench.Plan.Participant;
import dev.tandem.bench.Rows.Table;
import dev.tandem.rhythm.AttendanceStatus;
import dev.tandem.rhythm.MeetingType;
import dev.tandem.shared.Ids;
import dev.tandem.shared.TimelineSubject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fourteen to twenty-six meetings over a partnership's active life, one or two of them still to come
 * while it goes on. Nine in ten past meetings were marked held, with attendance on both sides (the
 * partner's engagement varies by partnership) and an interaction on the timelines of the partnership
 * and of the people who came, as {@code MeetingService.hold} records it.
 */
final class MeetingWriter {

    /** A held meeting: when it counts as an interaction. */
    record Held(UUID id, Instant at) {}

    private static final double[] ENGAGEMENT = {0.95, 0.95, 0.95, 0.85, 0.85, 0.6};

    private MeetingWriter() {}

    /** Writes the meetings; answers the held ones, oldest first. */
    static List<Held> write(Story s, Plan plan) {
        ZoneId zone = ZoneId.of(s.pick(Pools.ZONES));
        double engagement = ENGAGEMENT[s.random().nextInt(ENGAGEMENT.length)];
        int upcoming = plan.goingOn() ? s.between(1, 2) : 0;
        int past = s.between(14, 26) - upcoming;
        Instant from = plan.createdAt().plus(Duration.ofDays(2));
        long slot = Math.max(3600, Duration.between(from, plan.activeUntil()).toSeconds() / past);
        List<Held> held = new ArrayList<>();
        for (int k = 0; k < past; k++) {
            Instant day = from.plusSeconds(slot * k + s.random().nextLong(slot));
            Instant starts = working(s, day, zone);
            if (starts.plus(Duration.ofHours(1)).isAfter(s.now())) {
                starts = starts.minus(Duration.ofDays(1));
            }
            MeetingType type = k == 0
                    ? MeetingType.KICKOFF
                    : k == past - 1 && !plan.goingOn()
                            ? MeetingType.EXIT
                            : k % 6 == 5
                                    ? MeetingType.RETROSPECTIVE
                                    : s.chance(0.1) ? MeetingType.INFORMAL : MeetingType.CHECK_IN;
            boolean isHeld = k == 0 || s.chance(0.92);
            UUID id = meeting(s, plan, type, starts, zone, isHeld);
            if (isHeld) {
                Instant ends = starts.plus(Duration.ofMinutes(45));
                attend(s, plan, id, type, ends, engagement);
                held.add(new Held(id, ends));
            }
        }
        for (int k = 0; k < upcoming; k++) {
            Instant starts = working(s, s.now().plus(Duration.ofDays(s.between(1, 30))), zone);
            meeting(s, plan, MeetingType.CHECK_IN, starts, zone, false);
        }
        return held;
    }

    private static Instant working(Story s, Instant day, ZoneId zone) {
        return day.atZone(zone)
                .toLocalDate()
                .atTime(LocalTime.of(s.between(9, 16), s.chance(0.5) ? 0 : 30))
                .atZone(zone)
                .toInstant();
    }

    private static UUID meeting(Story s, Plan plan, MeetingType type, Instant starts, ZoneId zone, boolean held) {
        Instant ends = starts.plus(Duration.ofMinutes(45));
        Instant created = Story.daysBefore(starts, s.between(1, 14));
        if (created.isAfter(s.now())) {
            created = s.between(Story.daysBefore(s.now(), 14), s.now());
        }
        created = created.isBefore(plan.createdAt()) ? plan.createdAt() : created;
        UUID id = Ids.at(created);
        boolean video = s.chance(0.6);
        String topic = s.pick(Pools.TOPICS);
        s.rows()
                .add(
                        Table.MEETINGS,
                        id,
                        plan.id(),
                        type.name(),
                        starts,
                        ends,
                        zone.getId(),
                        video ? null : plan.counterpart().organizationName() + " office",
                        video
                                ? "https://meet.example.org/"
                                        + Long.toString(s.random().nextLong() & Long.MAX_VALUE, 36)
                                : null,
                        held ? "We talked about " + topic + "." : "",
                        held && s.chance(0.5) ? "Agreed on " + topic + "." : "",
                        held ? ends : null,
                        plan.someoneOfOurs(s).id(),
                        created);
        int position = 0;
        if (type == MeetingType.CHECK_IN) {
            s.rows().add(Table.AGENDA, id, position++, true, "");
        }
        for (int i = s.between(1, 3); i > 0; i--) {
            s.rows().add(Table.AGENDA, id, position++, false, s.pick(Pools.AGENDA));
        }
        return id;
    }

    private static void attend(Story s, Plan plan, UUID meeting, MeetingType type, Instant at, double engagement) {
        List<String> came = new ArrayList<>();
        List<TimelineSubject> subjects = new ArrayList<>(List.of(TimelineSubject.partnership(plan.id())));
        for (Participant p : plan.ours()) {
            var status = s.chance(0.95) ? AttendanceStatus.ATTENDED : AttendanceStatus.EXCUSED;
            s.rows().add(Table.ATTENDANCE, meeting, p.id(), status.name());
            if (status == AttendanceStatus.ATTENDED) {
                came.add(p.name());
            }
        }
        for (Participant p : plan.theirs()) {
            var status = s.chance(engagement)
                    ? AttendanceStatus.ATTENDED
                    : s.chance(0.6) ? AttendanceStatus.ABSENT : AttendanceStatus.EXCUSED;
            s.rows().add(Table.ATTENDANCE, meeting, p.id(), status.name());
            if (status == AttendanceStatus.ATTENDED) {
                came.add(p.name());
                subjects.add(TimelineSubject.contact(p.personId()));
                plan.counterpart().contacted(p.personId(), at);
            }
        }
        s.rows()
                .timeline(
                        at,
                        plan.someoneOfOurs(s),
                        "rhythm.meeting.held." + type.name(),
                        List.of(came.isEmpty() ? "—" : String.join(", ", came)),
                        true,
                        subjects);
    }
}
