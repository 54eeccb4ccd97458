package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.shared.PageRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * What a member has on their plate this week ({@link MyWeek}), read in a fixed number of queries whatever
 * the size of the workspace. Each list is bounded; a member with more than that sees the soonest.
 */
@Service
public class MyWeekService {

    static final int MAX_MEETINGS = 100;
    static final int MAX_COMMITMENTS = 100;
    static final int MAX_CHECK_INS = 50;

    private final Meetings meetings;
    private final Commitments commitments;
    private final PartnershipParticipants participants;
    private final PartnershipPortfolio portfolio;
    private final List<WeekReminders> reminders;
    private final Clock clock;

    MyWeekService(
            Meetings meetings,
            Commitments commitments,
            PartnershipParticipants participants,
            PartnershipPortfolio portfolio,
            List<WeekReminders> reminders,
            Clock clock) {
        this.reminders = reminders;
        this.meetings = meetings;
        this.commitments = commitments;
        this.participants = participants;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    /** The week of the member of {@code context}, whose weeks start on Monday in {@code zone}. */
    public MyWeek of(WorkspaceContext context, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate monday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant nextWeek = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        var mine = Mine.of(participants, context, context.userId());
        var planned = meetings.ofPartnerships(
                context.workspaceId(),
                mine.partnerships(),
                monday.atStartOfDay(zone).toInstant(),
                monday.plusWeeks(2).atStartOfDay(zone).toInstant(),
                MAX_MEETINGS);
        LocalDate today = CommitmentService.today(clock);
        var owed = commitments.openOwedBy(
                context.workspaceId(),
                mine.participations(),
                mine.owned(),
                null,
                today.plusDays(MyWeek.DUE_DAYS),
                MAX_COMMITMENTS);
        var checkIns = portfolio.losingTouch(context, context.userId(), PageRequest.of(MAX_CHECK_INS, null));
        var names = portfolio.names(
                context,
                Stream.concat(
                                planned.stream().map(Meeting::partnershipId),
                                owed.stream().map(Commitment::partnershipId))
                        .toList());
        return new MyWeek(
                today,
                monday,
                planned.stream().filter(m -> m.startsAt().isBefore(nextWeek)).toList(),
                planned.stream().filter(m -> !m.startsAt().isBefore(nextWeek)).toList(),
                owed.stream().filter(c -> c.overdue(today)).toList(),
                owed.stream().filter(c -> !c.overdue(today)).toList(),
                checkIns.items(),
                checkIns.nextCursor() != null,
                names,
                reminders.stream()
                        .flatMap(r -> r.of(context, today).stream())
                        .sorted(Comparator.comparing(WeekReminder::on))
                        .toList());
    }
}
