package dev.tandem.endings;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.rhythm.FeedReminder;
import dev.tandem.rhythm.FeedReminders;
import java.util.List;
import org.springframework.stereotype.Component;

/** In the member's calendar feed: the recurring follow-ups an ending left them (a former mentee's progress update). */
@Component
class FollowUpFeed implements FeedReminders {

    private final FollowUps followUps;
    private final PartnershipFacts partnerships;

    FollowUpFeed(FollowUps followUps, PartnershipFacts partnerships) {
        this.followUps = followUps;
        this.partnerships = partnerships;
    }

    @Override
    public List<FeedReminder> of(WorkspaceContext context) {
        var recurring = followUps.recurring(context.workspaceId(), context.userId(), FollowUpReminders.MAX);
        var refs = partnerships.refs(
                context.workspaceId(),
                recurring.stream().map(FollowUps.FollowUp::partnershipId).toList());
        return recurring.stream()
                .filter(f -> refs.containsKey(f.partnershipId()))
                .map(f -> new FeedReminder(
                        "follow-up-" + f.id(),
                        f.dueOn(),
                        f.everyMonths(),
                        "endings.reminder." + f.kind(),
                        List.of(refs.get(f.partnershipId()).name()),
                        "partnerships/" + f.partnershipId()))
                .toList();
    }
}
