package dev.tandem.goals;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voices consulted on a partnership's shared goals: recorded by members, read by members, and by the
 * partnership's guests for its SHARED goals only (an internal goal's consultations are 404 to them, as the goal is).
 * A consultation goes on the partnership's timeline ({@link VoiceConsulted}); a deletion publishes
 * {@code PartnershipChanged}: either way the health index's alignment evidence tells the voices missing again.
 */
@Service
public class ConsultationService {

    private final Goals goals;
    private final Consultations consultations;
    private final GoalSupport support;

    ConsultationService(Goals goals, Consultations consultations, GoalSupport support) {
        this.goals = goals;
        this.consultations = consultations;
        this.support = support;
    }

    /** The consultations on one goal of the partnership, latest first. */
    public List<Consultation> ofGoal(WorkspaceContext context, UUID partnershipId, UUID goalId) {
        require(context, partnershipId, goalId);
        return consultations.ofGoal(context.workspaceId(), goalId);
    }

    /** The consultations on all goals of the partnership (a guest: of its SHARED goals), latest first. */
    public List<Consultation> ofPartnership(WorkspaceContext context, UUID partnershipId) {
        context.requirePartnership(partnershipId);
        support.requirePartnership(context, partnershipId);
        var all = consultations.ofPartnership(context.workspaceId(), partnershipId);
        if (!context.isGuest()) {
            return all;
        }
        var visibilities = goals.visibilities(context.workspaceId(), partnershipId);
        return all.stream()
                .filter(c -> visibilities.get(c.goalId()) == Visibility.SHARED)
                .toList();
    }

    /** Records who was consulted on a goal; a day in the future is 400. */
    @Transactional
    public Consultation record(
            WorkspaceContext context, UUID partnershipId, UUID goalId, Consultation.Details details) {
        Goal goal = require(context, partnershipId, goalId);
        if (details.consultedOn().isAfter(support.today())) {
            throw new InvalidInput("consultation.future").on("consultedOn");
        }
        var consultation = new Consultation(
                UUID.randomUUID(),
                partnershipId,
                goalId,
                details.side(),
                details.who(),
                details.role(),
                details.doesTheWork(),
                details.consultedOn(),
                details.how(),
                support.now(),
                context.userId());
        consultations.insert(context.workspaceId(), consultation);
        support.consulted(context, goal, consultation);
        return consultation;
    }

    /** Deletes a consultation recorded on the goal (404 when it is not one). */
    @Transactional
    public void delete(WorkspaceContext context, UUID partnershipId, UUID goalId, UUID id) {
        require(context, partnershipId, goalId);
        if (!consultations.delete(context.workspaceId(), goalId, id)) {
            throw new NotFound("problem.notFound");
        }
        support.changed(context, partnershipId);
    }

    private Goal require(WorkspaceContext context, UUID partnershipId, UUID goalId) {
        context.requirePartnership(partnershipId);
        var goal = goals.find(context.workspaceId(), goalId)
                .filter(g -> g.partnershipId().equals(partnershipId))
                .orElseThrow(() -> new NotFound("goal.notFound"));
        if (context.isGuest()
                && goals.visibilities(context.workspaceId(), partnershipId).get(goal.id()) != Visibility.SHARED) {
            throw new NotFound("goal.notFound");
        }
        return goal;
    }
}
