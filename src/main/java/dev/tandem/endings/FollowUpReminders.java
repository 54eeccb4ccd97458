package dev.tandem.endings;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.rhythm.MyWeek;
import dev.tandem.rhythm.WeekReminder;
import dev.tandem.rhythm.WeekReminders;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** On My week: the follow-ups an ending left the member, due within the week or overdue. */
@Component
class FollowUpReminders implements WeekReminders {

    static final int MAX = 50;

    private final FollowUps followUps;
    private final PartnershipFacts partnerships;

    FollowUpReminders(FollowUps followUps, PartnershipFacts partnerships) {
        this.followUps = followUps;
        this.partnerships = partnerships;
    }

    @Override
    public List<WeekReminder> of(WorkspaceContext context, LocalDate today) {
        var due = followUps.dueBy(context.workspaceId(), context.userId(), today, today.plusDays(MyWeek.DUE_DAYS), MAX);
        var refs = partnerships.refs(
                context.workspaceId(),
                due.stream().map(FollowUps.FollowUp::partnershipId).toList());
        return due.stream()
                .filter(f -> refs.containsKey(f.partnershipId()))
                .map(f -> new WeekReminder(
                        f.dueOn(),
                        "endings.reminder." + f.kind(),
                        List.of(refs.get(f.partnershipId()).name()),
                        "partnerships/" + f.partnershipId()))
                .toList();
    }
}
