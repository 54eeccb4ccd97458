package dev.tandem.bench;

import dev.tandem.bench.MeetingWriter.Held;
import dev.tandem.bench.Plan.Participant;
import dev.tandem.bench.Rows.Table;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.shared.Ids;
import dev.tandem.shared.TimelineSubject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Twenty to forty commitments of both sides, two in five of them action items of a held meeting. Each
 * side keeps its word as reliably as its profile for this partnership says (good, mixed or poor): past
 * their due date they were delivered on time, late, dropped, or are still open (overdue); some slipped.
 */
final class CommitmentWriter {

    /** Shares of on time, late and dropped commitments past their due date; the rest is still open. */
    private record Profile(double onTime, double late, double dropped) {}

    private static final List<Profile> PROFILES = List.of(
            new Profile(0.85, 0.10, 0.02),
            new Profile(0.85, 0.10, 0.02),
            new Profile(0.6, 0.25, 0.05),
            new Profile(0.35, 0.3, 0.1));

    private CommitmentWriter() {}

    /** Writes the commitments; answers the ids of those still open. */
    static List<UUID> write(Story s, Plan plan, List<Held> held) {
        Profile ours = s.pick(PROFILES);
        Profile theirs = s.pick(PROFILES);
        List<UUID> open = new ArrayList<>();
        for (int i = s.between(20, 40); i > 0; i--) {
            Held meeting = !held.isEmpty() && s.chance(0.4) ? s.pick(held) : null;
            Instant created = meeting != null
                    ? min(meeting.at().plusSeconds(s.between(300, 7200)), s.now())
                    : s.between(plan.createdAt(), plan.activeUntil());
            OwnerSide side = s.chance(0.5) ? OwnerSide.US : OwnerSide.THEM;
            UUID id = commitment(s, plan, meeting, created, side, side == OwnerSide.US ? ours : theirs);
            if (id != null) {
                open.add(id);
            }
        }
        return open;
    }

    private static @Nullable UUID commitment(
            Story s, Plan plan, @Nullable Held meeting, Instant created, OwnerSide side, Profile profile) {
        LocalDate today = s.today();
        LocalDate createdOn = LocalDate.ofInstant(created, ZoneOffset.UTC);
        LocalDate due = createdOn.plusDays(s.between(5, 35));
        LocalDate promised =
                s.chance(0.1) ? createdOn.plusDays(Math.max(1, ChronoUnit.DAYS.between(createdOn, due) / 2)) : due;
        String what = s.pick(Pools.COMMITMENTS);
        Member actor = plan.someoneOfOurs(s);
        List<Participant> owners = side == OwnerSide.US ? plan.ours() : plan.theirs();
        UUID owner = s.chance(0.6) ? s.pick(owners).id() : null;
        CommitmentStatus status = CommitmentStatus.OPEN;
        LocalDate done = null;
        double draw = s.random().nextDouble();
        if (due.isBefore(today)) {
            if (draw < profile.onTime()) {
                status = CommitmentStatus.DONE;
                done = due.minusDays(s.between(0, (int) Math.min(5, ChronoUnit.DAYS.between(createdOn, due))));
            } else if (draw < profile.onTime() + profile.late()) {
                status = CommitmentStatus.DONE;
                done = min(due.plusDays(s.between(1, 21)), today);
            } else if (draw < profile.onTime() + profile.late() + profile.dropped()) {
                status = CommitmentStatus.DROPPED;
            }
        } else if (draw < 0.15) {
            status = CommitmentStatus.DONE;
            done = createdOn.plusDays(s.random().nextLong(ChronoUnit.DAYS.between(createdOn, today) + 1));
        }
        if (status == CommitmentStatus.OPEN && !plan.goingOn()) {
            status = CommitmentStatus.DROPPED;
        }
        UUID id = Ids.at(created);
        s.rows()
                .add(
                        Table.COMMITMENTS,
                        id,
                        plan.id(),
                        meeting == null ? null : meeting.id(),
                        what,
                        side.name(),
                        owner,
                        due,
                        status.name(),
                        done,
                        actor.id(),
                        created);
        var subjects = List.of(TimelineSubject.partnership(plan.id()));
        s.rows()
                .timeline(
                        created,
                        actor,
                        "rhythm.commitment.made." + side.name(),
                        List.of(what, promised.toString()),
                        false,
                        subjects);
        if (!promised.equals(due)) {
            Instant slipped =
                    s.between(created, min(promised.atStartOfDay(ZoneOffset.UTC).toInstant(), s.now()));
            s.rows()
                    .timeline(
                            slipped,
                            actor,
                            "rhythm.commitment.slipped." + side.name(),
                            List.of(what, promised.toString(), due.toString()),
                            false,
                            subjects);
        }
        if (status == CommitmentStatus.DONE) {
            boolean onTime = !done.isAfter(due);
            Instant at = max(
                    min(done.atTime(LocalTime.of(s.between(8, 18), 0)).toInstant(ZoneOffset.UTC), s.now()), created);
            s.rows()
                    .timeline(
                            at,
                            actor,
                            (onTime ? "rhythm.commitment.delivered." : "rhythm.commitment.deliveredLate.")
                                    + side.name(),
                            List.of(what, due.toString()),
                            false,
                            subjects);
        } else if (status == CommitmentStatus.DROPPED) {
            s.rows()
                    .timeline(
                            s.between(created, s.now()),
                            actor,
                            "rhythm.commitment.dropped." + side.name(),
                            List.of(what, due.toString()),
                            false,
                            subjects);
        }
        return status == CommitmentStatus.OPEN ? id : null;
    }

    private static <T extends Comparable<? super T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static <T extends Comparable<? super T>> T max(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
