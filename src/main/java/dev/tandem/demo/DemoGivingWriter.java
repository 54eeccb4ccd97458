package dev.tandem.demo;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.EntryDetails;
import dev.tandem.ledger.Flow;
import dev.tandem.ledger.LedgerService;
import dev.tandem.ledger.LedgerSide;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.recognition.Contributor;
import dev.tandem.recognition.KudosService;
import dev.tandem.recognition.MilestoneDetails;
import dev.tandem.recognition.MilestoneService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Plans a story's contributions, milestone and thanks on the days they happened. */
@Component
class DemoGivingWriter {

    private final LedgerService ledger;
    private final MilestoneService milestones;
    private final KudosService kudos;

    DemoGivingWriter(LedgerService ledger, MilestoneService milestones, KudosService kudos) {
        this.ledger = ledger;
        this.milestones = milestones;
        this.kudos = kudos;
    }

    void plan(WorkspaceContext context, Replay replay, Sides sides, String story, DemoWords words) {
        for (var gift : DemoGiving.GIFTS.getOrDefault(story, List.of())) {
            replay.then(
                    replay.at(gift.daysAgo(), 15),
                    () -> ledger.record(
                            context,
                            sides.partnershipId(),
                            Flow.CONTRIBUTION,
                            new EntryDetails(
                                    gift.side(),
                                    gift.kind(),
                                    words.say(gift.what()),
                                    replay.date(gift.daysAgo()),
                                    new BigDecimal(gift.amount()),
                                    gift.currency() == null ? null : Currency.getInstance(gift.currency()),
                                    gift.person() == null
                                            ? (gift.side() == LedgerSide.US
                                                    ? context.userId().value()
                                                    : null)
                                            : sides.contact(gift.person()),
                                    null,
                                    null)));
        }
        var celebration = DemoGiving.CELEBRATIONS.get(story);
        if (celebration == null) {
            return;
        }
        UUID[] id = new UUID[1];
        replay.then(replay.at(celebration.daysAgo(), 17), () -> {
            var contributors = new ArrayList<Contributor>();
            contributors.add(new Contributor(Side.OURS, context.userId().value()));
            celebration.contributors().forEach(p -> contributors.add(new Contributor(Side.THEIRS, sides.contact(p))));
            id[0] = milestones
                    .add(
                            context,
                            sides.partnershipId(),
                            new MilestoneDetails(
                                    words.say(celebration.title()),
                                    replay.date(celebration.daysAgo()),
                                    words.say(celebration.achieved()),
                                    contributors,
                                    List.of(),
                                    List.of()))
                    .milestone()
                    .id();
        });
        replay.then(
                replay.at(celebration.thankedDaysAgo(), 10),
                () -> kudos.give(
                        context,
                        sides.partnershipId(),
                        new Contributor(Side.THEIRS, sides.contact(celebration.thanked())),
                        id[0],
                        words.say(celebration.message()),
                        Visibility.SHARED));
    }
}
