package dev.tandem.demo;

import dev.tandem.demo.DemoGoals.Goals;
import dev.tandem.demo.DemoGoals.KeyResult;
import dev.tandem.demo.DemoGoals.Measure;
import dev.tandem.demo.DemoGoals.Own;
import dev.tandem.demo.DemoGoals.Shared;
import dev.tandem.goals.Consultation;
import dev.tandem.goals.ConsultationService;
import dev.tandem.goals.Goal;
import dev.tandem.goals.GoalDetails;
import dev.tandem.goals.GoalService;
import dev.tandem.goals.GoalStatus;
import dev.tandem.goals.KeyResultDetails;
import dev.tandem.goals.KeyResultService;
import dev.tandem.goals.OwnGoalService;
import dev.tandem.identity.WorkspaceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Plans a partnership's goals on its {@link Replay}: both sides' own goals when the first shared goal is set, each
 * shared goal with its key results on its day, every measurement on its own day, an achievement on the day it came.
 * Only through the goals module's services.
 */
@Component
class DemoGoalWriter {

    private final GoalService goals;
    private final KeyResultService keyResults;
    private final OwnGoalService ownGoals;
    private final ConsultationService consultations;

    DemoGoalWriter(
            GoalService goals,
            KeyResultService keyResults,
            OwnGoalService ownGoals,
            ConsultationService consultations) {
        this.consultations = consultations;
        this.goals = goals;
        this.keyResults = keyResults;
        this.ownGoals = ownGoals;
    }

    void plan(WorkspaceContext context, Replay replay, Sides sides, Goals data, DemoWords words) {
        int first = data.shared().stream().mapToInt(Shared::setDaysAgo).max().orElseThrow();
        replay.then(replay.at(first, 8), () -> {
            Map<String, UUID> own = new HashMap<>();
            for (Own o : data.own()) {
                own.put(
                        o.key(),
                        ownGoals.add(
                                        context,
                                        sides.partnershipId(),
                                        o.side(),
                                        o.kind(),
                                        words.say(o.title()),
                                        words.sayMaybe(o.description()))
                                .id());
            }
            for (Shared shared : data.shared()) {
                replay.then(replay.at(shared.setDaysAgo(), 11), () -> set(context, replay, sides, shared, own, words));
            }
        });
    }

    private void set(
            WorkspaceContext context,
            Replay replay,
            Sides sides,
            Shared shared,
            Map<String, UUID> own,
            DemoWords words) {
        var details = new GoalDetails(
                words.say(shared.title()),
                null,
                words.say(shared.why()),
                shared.ourOwner() ? context.userId() : null,
                shared.theirOwner() == null ? null : sides.contact(shared.theirOwner()),
                replay.date(shared.setDaysAgo() - shared.dueInDays()),
                GoalStatus.ACTIVE,
                shared.serves().stream().map(own::get).toList());
        Goal goal = goals.set(context, sides.partnershipId(), details).goal();
        for (DemoVoices.Voice v : DemoVoices.BY_GOAL.getOrDefault(shared.title(), List.of())) {
            replay.then(
                    replay.at(v.daysAgo(), 16),
                    () -> consultations.record(
                            context,
                            sides.partnershipId(),
                            goal.id(),
                            new Consultation.Details(
                                    v.side(),
                                    words.say(v.who()),
                                    words.say(v.role()),
                                    v.doesTheWork(),
                                    replay.date(v.daysAgo()),
                                    v.how())));
        }
        for (KeyResult kr : shared.keyResults()) {
            UUID id = keyResults
                    .add(
                            context,
                            goal.id(),
                            new KeyResultDetails(
                                    words.say(kr.metric()),
                                    words.say(kr.unit()),
                                    new BigDecimal(kr.baseline()),
                                    new BigDecimal(kr.target()),
                                    kr.direction()))
                    .keyResult()
                    .id();
            for (Measure m : kr.measures()) {
                replay.then(
                        replay.at(m.daysAgo(), 15),
                        () -> keyResults.measure(
                                context,
                                id,
                                new BigDecimal(m.value()),
                                replay.date(m.daysAgo()),
                                words.sayMaybe(m.note())));
            }
        }
        Integer achieved = shared.achievedDaysAgo();
        if (achieved != null) {
            replay.then(
                    replay.at(achieved, 17),
                    () -> goals.update(
                            context,
                            goal.id(),
                            new GoalDetails(
                                    details.title(),
                                    details.description(),
                                    details.why(),
                                    details.ourOwner(),
                                    details.theirOwner(),
                                    details.dueOn(),
                                    GoalStatus.ACHIEVED,
                                    details.serves())));
        }
    }
}
