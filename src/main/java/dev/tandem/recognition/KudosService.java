package dev.tandem.recognition;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kudos: a member thanks one person of a partnership (a participant, on either side), for a contribution or for a
 * milestone of the same partnership; a guest of the partnership thanks someone of our side, always SHARED. It goes on
 * the timelines of the partnership and of the contact thanked, and a SHARED one in the shared space.
 */
@Service
public class KudosService {

    private final Thanks thanks;
    private final Milestones milestones;
    private final RecognitionSupport support;
    private final RecognitionViews views;

    KudosService(Thanks thanks, Milestones milestones, RecognitionSupport support, RecognitionViews views) {
        this.thanks = thanks;
        this.milestones = milestones;
        this.support = support;
        this.views = views;
    }

    @Transactional
    public KudosView give(
            WorkspaceContext context,
            UUID partnershipId,
            Contributor to,
            @Nullable UUID milestoneId,
            String message,
            Visibility visibility) {
        support.requirePartnership(context, partnershipId);
        String text = Kudos.message(message);
        if (context.isGuest() && (to.side() != Side.OURS || visibility != Visibility.SHARED)) {
            throw new Forbidden("recognition.kudos.guestToOurSide");
        }
        support.requireParticipants(context, partnershipId, List.of(to), "personId");
        if (milestoneId != null
                && milestones
                        .find(context.workspaceId(), milestoneId)
                        .filter(m -> m.partnershipId().equals(partnershipId))
                        .isEmpty()) {
            throw new InvalidInput("recognition.milestone.unknown").on("milestoneId");
        }
        if (thanks.count(context.workspaceId(), partnershipId) >= Kudos.MAX_PER_PARTNERSHIP) {
            throw new Conflict("recognition.kudos.tooMany", Kudos.MAX_PER_PARTNERSHIP);
        }
        Instant now = support.now();
        var kudos = new Kudos(
                Ids.next(), partnershipId, to, milestoneId, text, context.userId(), support.today(), now, visibility);
        thanks.insert(context.workspaceId(), kudos);
        var view = views.of(context, kudos);
        support.publish(new KudosGiven(
                context.workspaceId(),
                partnershipId,
                kudos.id(),
                view.toName(),
                text,
                to.side() == Side.THEIRS ? to.personId() : null,
                context.isGuest() ? Side.THEIRS : Side.OURS,
                visibility,
                context.actor(),
                now));
        return view;
    }

    public KudosView get(WorkspaceContext context, UUID id) {
        return views.of(context, kudos(context, id));
    }

    /** A partnership's kudos, latest first. */
    public List<KudosView> list(WorkspaceContext context, UUID partnershipId) {
        support.requirePartnership(context, partnershipId);
        return views.kudos(context, thanks.of(context.workspaceId(), partnershipId));
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        var kudos = kudos(context, id);
        thanks.delete(context.workspaceId(), id);
        support.changed(context, kudos.partnershipId());
    }

    /** The recognition view of a partnership: milestones with contributors and kudos, other kudos, newest first. */
    public Recognition recognition(WorkspaceContext context, UUID partnershipId) {
        support.requirePartnership(context, partnershipId);
        return views.recognition(context, partnershipId);
    }

    private Kudos kudos(WorkspaceContext context, UUID id) {
        return thanks.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("recognition.kudos.notFound"));
    }
}
