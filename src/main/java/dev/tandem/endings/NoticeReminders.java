package dev.tandem.endings;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.rhythm.WeekReminder;
import dev.tandem.rhythm.WeekReminders;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** On My week: the last days to give notice, coming up, on contracts of the partnerships the member owns. */
@Component
class NoticeReminders implements WeekReminders {

    static final int MAX = 50;

    private final ContractFacts contracts;
    private final PartnershipFacts partnerships;

    NoticeReminders(ContractFacts contracts, PartnershipFacts partnerships) {
        this.contracts = contracts;
        this.partnerships = partnerships;
    }

    @Override
    public List<WeekReminder> of(WorkspaceContext context, LocalDate today) {
        var deadlines = contracts.noticeDeadlines(context.workspaceId(), today, MAX);
        var refs = partnerships.refs(
                context.workspaceId(),
                deadlines.stream().map(d -> d.partnershipId()).toList());
        return deadlines.stream()
                .filter(d -> refs.containsKey(d.partnershipId())
                        && refs.get(d.partnershipId()).ownerId().equals(context.userId()))
                .map(d -> new WeekReminder(
                        d.lastNoticeDay(),
                        d.autoRenews() ? "endings.reminder.renewalNotice" : "endings.reminder.notice",
                        List.of(d.title(), refs.get(d.partnershipId()).name()),
                        "partnerships/" + d.partnershipId() + "/ending"))
                .toList();
    }
}
