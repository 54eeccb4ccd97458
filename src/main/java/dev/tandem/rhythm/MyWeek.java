package dev.tandem.rhythm;

import dev.tandem.partnerships.PartnershipView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A member's week in one workspace: the meetings of their partnerships this week and next (weeks start on
 * Monday in their time zone), the commitments they owe that are overdue or due within {@value #DUE_DAYS}
 * days, the partnerships they own whose check-in is due or overdue, and reminders of other modules.
 *
 * @param partnershipNames the names of the partnerships the meetings and commitments belong to
 * @param moreCheckIns whether more partnerships are losing touch than {@code checkIns} holds
 * @param reminders what other modules ask to keep in mind (notice deadlines, follow-ups), soonest first
 */
public record MyWeek(
        LocalDate today,
        LocalDate weekStart,
        List<Meeting> thisWeek,
        List<Meeting> nextWeek,
        List<Commitment> overdue,
        List<Commitment> dueSoon,
        List<PartnershipView> checkIns,
        boolean moreCheckIns,
        Map<UUID, String> partnershipNames,
        List<WeekReminder> reminders) {

    public static final int DUE_DAYS = 7;

    public LocalDate nextWeekStart() {
        return weekStart.plusWeeks(1);
    }
}
