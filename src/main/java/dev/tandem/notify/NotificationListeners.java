package dev.tandem.notify;

import dev.tandem.feedback.PulseAnswered;
import dev.tandem.health.Severity;
import dev.tandem.health.SignalRaised;
import dev.tandem.identity.InvitationAccepted;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.Side;
import dev.tandem.space.PostKind;
import dev.tandem.space.PostPublished;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' news into notifications, in the publishing transaction (a notification exists exactly when
 * what it tells of does): a new warning signal for the partnership's owner, a partner's post or question for the
 * partnership's owner, an accepted invitation for whoever sent it.
 */
@Component
class NotificationListeners {

    private final NotificationService notifications;
    private final PartnershipFacts partnerships;

    NotificationListeners(NotificationService notifications, PartnershipFacts partnerships) {
        this.notifications = notifications;
        this.partnerships = partnerships;
    }

    @EventListener
    void on(SignalRaised event) {
        if (event.severity() != Severity.HIGH && event.severity() != Severity.MEDIUM) {
            return;
        }
        notifications.tell(
                event.workspaceId(),
                event.ownerId(),
                NotificationKind.SIGNAL_RAISED,
                "signal:" + event.partnershipId() + ":" + event.type() + ":" + event.occurredAt(),
                event.partnershipName(),
                event.type().name(),
                null,
                "partnerships/" + event.partnershipId() + "/health");
    }

    @EventListener
    void on(PostPublished event) {
        if (event.side() != Side.THEIRS || event.kind() == PostKind.REPLY) {
            return;
        }
        var ref = partnerships
                .refs(event.workspaceId(), List.of(event.partnershipId()))
                .get(event.partnershipId());
        if (ref == null) {
            return;
        }
        notifications.tell(
                event.workspaceId(),
                ref.ownerId(),
                NotificationKind.PARTNER_POSTED,
                "post:" + event.postId(),
                ref.name(),
                event.excerpt(),
                null,
                "partnerships/" + event.partnershipId() + "/space/posts/" + event.postId());
    }

    /** Whoever answered a pulse survey on a partnership: its owner hears of it, with the rating given. */
    @EventListener
    void on(PulseAnswered event) {
        var ref = partnerships
                .refs(event.workspaceId(), List.of(event.partnershipId()))
                .get(event.partnershipId());
        if (ref == null) {
            return;
        }
        notifications.tell(
                event.workspaceId(),
                ref.ownerId(),
                NotificationKind.SURVEY_ANSWERED,
                "survey:" + event.roundId() + ":" + event.occurredAt(),
                ref.name(),
                event.name() + " (" + event.satisfaction() + "/5)",
                null,
                "partnerships/" + event.partnershipId() + "/feedback");
    }

    @EventListener
    void on(InvitationAccepted event) {
        String partnership = event.partnershipName();
        notifications.tell(
                event.workspaceId(),
                event.invitedBy(),
                NotificationKind.INVITATION_ACCEPTED,
                "invitation:" + event.invitationId(),
                event.joinedName(),
                partnership == null ? "" : partnership,
                null,
                event.partnershipId() == null ? "members" : "partnerships/" + event.partnershipId() + "/guests");
    }
}
