package dev.tandem.goals.web;

import dev.tandem.goals.GoalStatus;
import dev.tandem.goals.OwnGoalKind;
import dev.tandem.goals.OwnGoalService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the goal forms offer to choose from: members as our owner, the counterpart and the participants on
 * their side as their owner, the partnership's own goals to serve, sides, kinds and statuses.
 */
@Component
class GoalChoices {

    private final OwnGoalService ownGoals;
    private final PartnershipPortfolio portfolio;
    private final PartnershipParticipants participants;

    GoalChoices(OwnGoalService ownGoals, PartnershipPortfolio portfolio, PartnershipParticipants participants) {
        this.ownGoals = ownGoals;
        this.portfolio = portfolio;
        this.participants = participants;
    }

    void fill(WorkspaceContext workspace, PartnershipView view, Model model) {
        UUID id = view.partnership().id();
        model.addAttribute("view", view);
        model.addAttribute(
                "ownGoals",
                ownGoals.list(workspace, id, PageRequest.of(100, null)).items());
        model.addAttribute("members", portfolio.memberNames(workspace));
        Map<UUID, String> theirs = new LinkedHashMap<>();
        if (view.partnership().details().contactId() != null && view.contactName() != null) {
            theirs.put(view.partnership().details().contactId(), view.contactName());
        }
        participants.list(workspace, id).stream()
                .filter(p -> p.participant().side() == Side.THEIRS && p.name() != null)
                .forEach(p -> theirs.put(p.participant().personId(), p.name()));
        model.addAttribute("theirPeople", theirs);
        model.addAttribute("sides", Side.values());
        model.addAttribute("kinds", OwnGoalKind.values());
        model.addAttribute("statuses", GoalStatus.values());
    }
}
