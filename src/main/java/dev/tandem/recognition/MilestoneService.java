package dev.tandem.recognition;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Dates;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones of a partnership: record (on the timeline), edit, delete, read. Contributors must be participants of
 * the partnership on their side, and goals and key results its own (400 otherwise, nothing written); a milestone is
 * recorded once reached, so its day is not in the future.
 */
@Service
public class MilestoneService {

    private final Milestones milestones;
    private final RecognitionSupport support;
    private final ConcurrentChanges changes;
    private final RecognitionViews views;

    MilestoneService(
            Milestones milestones, RecognitionSupport support, ConcurrentChanges changes, RecognitionViews views) {
        this.milestones = milestones;
        this.support = support;
        this.changes = changes;
        this.views = views;
    }

    @Transactional
    public MilestoneView add(WorkspaceContext context, UUID partnershipId, MilestoneDetails details) {
        support.requirePartnership(context, partnershipId);
        check(context, partnershipId, details);
        if (milestones.count(context.workspaceId(), partnershipId) >= Milestone.MAX_PER_PARTNERSHIP) {
            throw new Conflict("recognition.milestone.tooMany", Milestone.MAX_PER_PARTNERSHIP);
        }
        Instant now = support.now();
        var m = new Milestone(Ids.next(), partnershipId, details, now, now, 0, context.userId());
        milestones.insert(context.workspaceId(), m);
        var contacts = details.contributors().stream()
                .filter(c -> c.side() == Side.THEIRS)
                .map(Contributor::personId)
                .toList();
        support.publish(new MilestoneReached(
                context.workspaceId(),
                partnershipId,
                m.id(),
                m.title(),
                details.reachedOn(),
                contacts,
                context.actor(),
                now));
        return views.of(context, m, List.of());
    }

    /** Replaces the milestone if it still has the version {@code basedOn} (null: the version read now). */
    @Transactional
    public MilestoneView update(
            WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, MilestoneDetails details) {
        Milestone before = milestone(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        check(context, before.partnershipId(), details);
        var after = new Milestone(
                id,
                before.partnershipId(),
                details,
                before.createdAt(),
                support.now(),
                based.version() + 1,
                context.userId());
        if (based.version() != before.version() || !milestones.update(context.workspaceId(), after, based.version())) {
            Milestone current = milestone(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.details(), details));
        }
        support.changed(context, before.partnershipId());
        return get(context, id);
    }

    public MilestoneView get(WorkspaceContext context, UUID id) {
        return views.of(context, milestone(context, id));
    }

    /** The milestone as stored. */
    public Milestone milestone(WorkspaceContext context, UUID id) {
        return milestones
                .find(context.workspaceId(), id)
                .orElseThrow(() -> new NotFound("recognition.milestone.notFound"));
    }

    /** A partnership's milestones, latest first. */
    public List<Milestone> list(WorkspaceContext context, UUID partnershipId) {
        support.requirePartnership(context, partnershipId);
        return milestones.of(context.workspaceId(), partnershipId, LocalDate.of(Dates.FIRST_YEAR, 1, 1));
    }

    /** Deletes the milestone with its kudos. */
    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        Milestone m = milestone(context, id);
        milestones.delete(context.workspaceId(), id);
        support.changed(context, m.partnershipId());
    }

    private void check(WorkspaceContext context, UUID partnershipId, MilestoneDetails details) {
        if (details.reachedOn().isAfter(support.today())) {
            throw new InvalidInput("recognition.milestone.future").on("reachedOn");
        }
        support.requireParticipants(context, partnershipId, details.contributors(), "contributors");
        support.requireLinks(context, partnershipId, details);
    }
}
