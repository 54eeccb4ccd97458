package dev.tandem.notify;

import dev.tandem.identity.MemberRoster;
import dev.tandem.identity.MemberRoster.Recipient;
import dev.tandem.rhythm.MyWeekService;
import dev.tandem.shared.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once an hour per member: their commitments due tomorrow or overdue and their partnerships' meetings starting
 * within a day become notifications. Each member is claimed for the hour in the database before the work, so that
 * several nodes split the members; the notifications' keys keep a second sweep from repeating one.
 */
@Component
class NotificationSweep {

    private static final Logger log = LoggerFactory.getLogger(NotificationSweep.class);
    private static final int BATCH = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MemberRoster roster;
    private final MyWeekService weeks;
    private final NotificationService notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationSweep(
            MemberRoster roster,
            MyWeekService weeks,
            NotificationService notifications,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.roster = roster;
        this.weeks = weeks;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sweeps every member not yet swept this hour; how many this node swept. */
    int sweep() {
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        int swept = 0;
        UUID ws = new UUID(0, 0);
        UUID user = new UUID(0, 0);
        while (true) {
            var members = roster.after(ws, user, BATCH);
            if (members.isEmpty()) {
                return swept;
            }
            for (var member : members) {
                try {
                    Boolean mine = transactions.execute(status -> claim(member, hour) && sweep(member));
                    if (Boolean.TRUE.equals(mine)) {
                        swept++;
                    }
                } catch (RuntimeException e) {
                    log.warn(
                            "Could not sweep the notifications of {}",
                            member.context().userId(),
                            e);
                }
            }
            var last = members.get(members.size() - 1).context();
            ws = last.workspaceId().value();
            user = last.userId().value();
        }
    }

    private boolean claim(Recipient member, Instant hour) {
        var ws = member.context().workspaceId().value();
        var user = member.context().userId().value();
        int moved = jdbc.sql("""
                update notify_sweeps set swept_at = :hour
                where workspace_id = :ws and user_id = :user and swept_at < :hour""")
                .param("hour", Sql.ts(hour))
                .param("ws", ws)
                .param("user", user)
                .update();
        return moved == 1
                || jdbc.sql("""
                                insert into notify_sweeps (workspace_id, user_id, swept_at) values (:ws, :user, :hour)
                                on conflict do nothing""")
                                .param("hour", Sql.ts(hour))
                                .param("ws", ws)
                                .param("user", user)
                                .update()
                        == 1;
    }

    private boolean sweep(Recipient member) {
        var context = member.context();
        var week = weeks.of(context, member.zone());
        LocalDate tomorrow = week.today().plusDays(1);
        var names = week.partnershipNames();
        for (var c : week.overdue()) {
            notifications.tell(
                    context.workspaceId(),
                    context.userId(),
                    NotificationKind.COMMITMENT_OVERDUE,
                    "overdue:" + c.id() + ":" + c.dueOn(),
                    names.getOrDefault(c.partnershipId(), ""),
                    c.what(),
                    c.dueOn(),
                    "partnerships/" + c.partnershipId() + "/commitments");
        }
        week.dueSoon().stream()
                .filter(c -> c.dueOn().equals(tomorrow))
                .forEach(c -> notifications.tell(
                        context.workspaceId(),
                        context.userId(),
                        NotificationKind.COMMITMENT_DUE,
                        "due:" + c.id() + ":" + c.dueOn(),
                        names.getOrDefault(c.partnershipId(), ""),
                        c.what(),
                        c.dueOn(),
                        "partnerships/" + c.partnershipId() + "/commitments"));
        Instant now = clock.instant();
        Instant dayAhead = now.plus(Duration.ofDays(1));
        Stream.concat(week.thisWeek().stream(), week.nextWeek().stream())
                .filter(m -> m.startsAt().isAfter(now) && !m.startsAt().isAfter(dayAhead) && !m.held())
                .forEach(m -> notifications.tell(
                        context.workspaceId(),
                        context.userId(),
                        NotificationKind.MEETING_SOON,
                        "meeting:" + m.id() + ":" + m.startsAt(),
                        names.getOrDefault(m.partnershipId(), ""),
                        TIME.format(m.startsAt().atZone(member.zone())),
                        LocalDate.ofInstant(m.startsAt(), member.zone()),
                        "meetings/" + m.id()));
        return true;
    }
}
