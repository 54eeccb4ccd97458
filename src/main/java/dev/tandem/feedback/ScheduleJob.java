package dev.tandem.feedback;

import dev.tandem.identity.MemberRoster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the pulse rounds schedules have due, and the one reminder of each scheduled round. Like the daily health
 * job, each piece of work is claimed in the database in the transaction that does it (a schedule by moving its next
 * round forward, a reminder by marking it sent), so nodes running the job at once split the work and nothing goes
 * twice. A round goes out on behalf of the member who set the schedule; when they are no longer a member, that
 * round is skipped. Without SMTP, the mails with their links are written to the server's log.
 */
@Component
class ScheduleJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduleJob.class);
    private static final int BATCH = 100;

    /** What one run did on this node. */
    record Run(int rounds, int reminders) {}

    private final ScheduleStore schedules;
    private final PulseStore rounds;
    private final PulseService pulse;
    private final MemberRoster roster;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduleJob(
            ScheduleStore schedules,
            PulseStore rounds,
            PulseService pulse,
            MemberRoster roster,
            TransactionTemplate transactions,
            Clock clock) {
        this.schedules = schedules;
        this.rounds = rounds;
        this.pulse = pulse;
        this.roster = roster;
        this.transactions = transactions;
        this.clock = clock;
    }

    Run run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int sent = 0;
        for (var due : schedules.due(now, BATCH)) {
            try {
                Boolean mine = transactions.execute(status -> send(due, now));
                if (Boolean.TRUE.equals(mine)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not send the scheduled pulse round of partnership {}", due.partnershipId(), e);
            }
        }
        int reminded = 0;
        for (var due : rounds.dueReminders(now, BATCH)) {
            try {
                Boolean mine = transactions.execute(status -> {
                    if (!rounds.claimReminder(due.workspace(), due.roundId(), now)) {
                        return false;
                    }
                    var member = roster.find(due.workspace(), due.openedBy());
                    return member.isPresent() && pulse.remind(member.get().context(), due.roundId()) > 0;
                });
                if (Boolean.TRUE.equals(mine)) {
                    reminded++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not send the reminder of pulse round {}", due.roundId(), e);
            }
        }
        return new Run(sent, reminded);
    }

    private boolean send(ScheduleStore.Due due, Instant now) {
        var schedule = schedules.find(due.workspace(), due.partnershipId()).orElse(null);
        if (schedule == null) {
            return false;
        }
        Duration every = Duration.ofDays(7L * schedule.everyWeeks());
        Instant next = due.nextAt().plus(every);
        while (!next.isAfter(now)) {
            // the job did not run for a while: one round now, then the schedule's rhythm again
            next = next.plus(every);
        }
        if (!schedules.claim(due.workspace(), due.partnershipId(), due.nextAt(), next, now)) {
            return false;
        }
        var member = roster.find(due.workspace(), schedule.scheduledBy()).orElse(null);
        if (member == null) {
            log.info("Pulse schedule of partnership {} skipped: who set it is no longer a member", due.partnershipId());
            return false;
        }
        var context = member.context();
        if (!context.canWrite()) {
            return false;
        }
        String title =
                pulse.partnershipName(context, due.partnershipId()) + " · " + LocalDate.ofInstant(now, ZoneOffset.UTC);
        return pulse.sendScheduled(context, due.partnershipId(), title, schedule.people(), schedule.remindAfterDays())
                != null;
    }
}
