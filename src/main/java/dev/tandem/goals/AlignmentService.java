package dev.tandem.goals;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads how a partnership's shared goals align with each side's own goals (see {@link GoalAlignment}). */
@Service
public class AlignmentService {

    private final Goals goals;
    private final OwnGoals ownGoals;
    private final GoalSupport support;
    private final Consultations consultations;

    AlignmentService(Goals goals, OwnGoals ownGoals, GoalSupport support, Consultations consultations) {
        this.consultations = consultations;
        this.goals = goals;
        this.ownGoals = ownGoals;
        this.support = support;
    }

    /** The alignment of a partnership of the context's workspace (404 when it is not). */
    public GoalAlignment of(WorkspaceContext context, UUID partnershipId) {
        support.requirePartnership(context, partnershipId);
        return of(context.workspaceId(), partnershipId);
    }

    /** The alignment of a partnership, for readers without a member's context (e.g. the health index). */
    public GoalAlignment of(WorkspaceId workspace, UUID partnershipId) {
        return compute(
                goals.all(workspace, partnershipId),
                ownGoals.all(workspace, partnershipId),
                consultations.ofPartnership(workspace, partnershipId));
    }

    /**
     * Only how many ACTIVE goals there are, how many are aligned and how many miss a voice, in two queries (the
     * health index's question).
     */
    public GoalAlignment.Counts counts(WorkspaceId workspace, UUID partnershipId) {
        var active = goals.active(workspace, partnershipId);
        int missingVoices = active.isEmpty() ? 0 : consultations.activeGoalsMissingVoices(workspace, partnershipId);
        return new GoalAlignment.Counts(
                active.size(), (int) active.stream().filter(ActiveGoal::aligned).count(), missingVoices);
    }

    static GoalAlignment compute(List<Goal> shared, List<OwnGoal> own) {
        return compute(shared, own, List.of());
    }

    static GoalAlignment compute(List<Goal> shared, List<OwnGoal> own, List<Consultation> consulted) {
        Map<UUID, OwnGoal> byId = own.stream().collect(Collectors.toMap(OwnGoal::id, Function.identity()));
        Set<UUID> served = new HashSet<>();
        var active =
                shared.stream().filter(g -> g.status() == GoalStatus.ACTIVE).toList();
        shared.stream()
                .filter(g -> g.status() != GoalStatus.DROPPED)
                .forEach(g -> served.addAll(g.details().serves()));
        var noOurs = active.stream()
                .filter(g -> g.details().ourOwner() == null)
                .map(AlignmentService::ref)
                .toList();
        var noTheirs = active.stream()
                .filter(g -> g.details().theirOwner() == null)
                .map(AlignmentService::ref)
                .toList();
        var nothingOurs = active.stream()
                .filter(g -> !serves(g, Side.OURS, byId))
                .map(AlignmentService::ref)
                .toList();
        var nothingTheirs = active.stream()
                .filter(g -> !serves(g, Side.THEIRS, byId))
                .map(AlignmentService::ref)
                .toList();
        int aligned = (int) active.stream()
                .map(g -> judged(g, byId))
                .filter(ActiveGoal::aligned)
                .count();
        var unserved = own.stream().filter(o -> !served.contains(o.id())).toList();
        var voices = active.stream()
                .map(g -> new GoalAlignment.VoiceGap(ref(g), missing(g, consulted)))
                .filter(gap -> !gap.missing().isEmpty())
                .toList();
        return new GoalAlignment(
                active.size(), aligned, noOurs, noTheirs, nothingOurs, nothingTheirs, unserved, voices);
    }

    /** Whose voice the consultations on a goal miss: anyone at all, or one side, or the teams doing the work. */
    static List<Consultation.Missing> missing(Goal goal, List<Consultation> consulted) {
        var mine = consulted.stream().filter(c -> c.goalId().equals(goal.id())).toList();
        if (mine.isEmpty()) {
            return List.of(Consultation.Missing.ANYONE);
        }
        List<Consultation.Missing> missing = new ArrayList<>();
        if (mine.stream().noneMatch(c -> c.side() == Side.OURS)) {
            missing.add(Consultation.Missing.OUR_SIDE);
        }
        if (mine.stream().noneMatch(c -> c.side() == Side.THEIRS)) {
            missing.add(Consultation.Missing.THEIR_SIDE);
        }
        if (mine.stream().noneMatch(Consultation::doesTheWork)) {
            missing.add(Consultation.Missing.DOING_THE_WORK);
        }
        return missing;
    }

    private static ActiveGoal judged(Goal goal, Map<UUID, OwnGoal> own) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        goal.details().serves().stream().map(own::get).filter(Objects::nonNull).forEach(o -> sides.add(o.side()));
        return new ActiveGoal(goal.details().ourOwner() != null, goal.details().theirOwner() != null, sides);
    }

    private static boolean serves(Goal goal, Side side, Map<UUID, OwnGoal> own) {
        return goal.details().serves().stream().map(own::get).anyMatch(o -> o != null && o.side() == side);
    }

    private static GoalAlignment.GoalRef ref(Goal goal) {
        return new GoalAlignment.GoalRef(goal.id(), goal.title());
    }
}
