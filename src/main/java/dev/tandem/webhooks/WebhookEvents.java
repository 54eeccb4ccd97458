package dev.tandem.webhooks;

import dev.tandem.feedback.PulseAnswered;
import dev.tandem.health.SignalCleared;
import dev.tandem.health.SignalRaised;
import dev.tandem.partnerships.PartnershipCreated;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.StageChanged;
import dev.tandem.rhythm.CommitmentDelivered;
import dev.tandem.rhythm.CommitmentMade;
import dev.tandem.rhythm.CommitmentSlipped;
import dev.tandem.rhythm.MeetingHeld;
import dev.tandem.space.PostPublished;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into webhook messages, in the transaction that publishes them: the outbox rows
 * commit with the change, or neither does.
 */
@Component
class WebhookEvents {

    private final Publications publications;

    WebhookEvents(Publications publications) {
        this.publications = publications;
    }

    @EventListener
    void on(PartnershipCreated e) {
        var data = data(e.partnershipId());
        data.put("name", e.name());
        publications.publish(e.workspaceId(), EventType.PARTNERSHIP_CREATED, e.occurredAt(), data);
    }

    @EventListener
    void on(StageChanged e) {
        var data = data(e.partnershipId());
        data.put("from", e.from().name());
        data.put("to", e.to().name());
        data.put("reason", e.reason());
        publications.publish(e.workspaceId(), EventType.PARTNERSHIP_STAGE_CHANGED, e.occurredAt(), data);
        if (e.to() == Stage.ENDED) {
            publications.publish(e.workspaceId(), EventType.PARTNERSHIP_ENDED, e.occurredAt(), data);
        }
    }

    @EventListener
    void on(MeetingHeld e) {
        var data = data(e.partnershipId());
        data.put("meetingId", e.meetingId());
        data.put("meetingType", e.type().name());
        data.put("attendees", e.attendees());
        publications.publish(e.workspaceId(), EventType.MEETING_HELD, e.occurredAt(), data);
    }

    @EventListener
    void on(CommitmentMade e) {
        var data = commitment(e.partnershipId(), e.commitmentId(), e.side().name(), e.what(), e.dueOn());
        publications.publish(e.workspaceId(), EventType.COMMITMENT_CREATED, e.occurredAt(), data);
    }

    @EventListener
    void on(CommitmentDelivered e) {
        var data = commitment(e.partnershipId(), e.commitmentId(), e.side().name(), e.what(), e.dueOn());
        data.put("doneOn", e.doneOn().toString());
        publications.publish(e.workspaceId(), EventType.COMMITMENT_DELIVERED, e.occurredAt(), data);
    }

    @EventListener
    void on(CommitmentSlipped e) {
        var data = commitment(e.partnershipId(), e.commitmentId(), e.side().name(), e.what(), e.dueOn());
        data.put("slippedFrom", e.slippedFrom().toString());
        publications.publish(e.workspaceId(), EventType.COMMITMENT_SLIPPED, e.occurredAt(), data);
    }

    @EventListener
    void on(SignalRaised e) {
        var data = data(e.partnershipId());
        data.put("signal", e.type().name());
        data.put("severity", e.severity().name());
        data.put("evidence", e.evidence().key());
        publications.publish(e.workspaceId(), EventType.SIGNAL_RAISED, e.occurredAt(), data);
    }

    @EventListener
    void on(SignalCleared e) {
        var data = data(e.partnershipId());
        data.put("signal", e.type().name());
        publications.publish(e.workspaceId(), EventType.SIGNAL_CLEARED, e.occurredAt(), data);
    }

    @EventListener
    void on(PulseAnswered e) {
        var data = data(e.partnershipId());
        data.put("roundId", e.roundId());
        data.put("satisfaction", e.satisfaction());
        publications.publish(e.workspaceId(), EventType.SURVEY_ANSWERED, e.occurredAt(), data);
    }

    @EventListener
    void on(PostPublished e) {
        var data = data(e.partnershipId());
        data.put("postId", e.postId());
        data.put("kind", e.kind().name());
        data.put("side", e.side().name());
        data.put("excerpt", e.excerpt());
        publications.publish(e.workspaceId(), EventType.POST_CREATED, e.occurredAt(), data);
    }

    private static Map<String, Object> data(UUID partnershipId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnershipId", partnershipId);
        return data;
    }

    private static Map<String, Object> commitment(
            UUID partnershipId, UUID commitmentId, String side, String what, LocalDate dueOn) {
        var data = data(partnershipId);
        data.put("commitmentId", commitmentId);
        data.put("side", side);
        data.put("what", what);
        data.put("dueOn", dueOn.toString());
        return data;
    }
}
