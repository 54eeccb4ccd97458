package dev.tandem.webhooks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The body of every webhook request, version 1: the event's {@code type} (e.g. {@code partnership.created}), when it
 * happened, the workspace, and {@code data} with the ids and facts of the event. {@code id} is the message's id, also
 * sent as the {@code webhook-id} header: the same on every retry and redelivery, so a receiver can ignore repeats.
 * New fields may appear in {@code data} within a version; a change that removes or renames one gets a new version.
 */
@Schema(name = "WebhookEnvelope", description = "The JSON body of every webhook request (version 1).")
public record Envelope(
        @Schema(description = "The envelope's format version; 1 for now.", example = "1")
        int version,

        @Schema(description = "The message id, also the webhook-id header; the same on every retry.")
        UUID id,

        @Schema(
                description = "What happened.",
                allowableValues = {
                    "partnership.created",
                    "partnership.stage_changed",
                    "partnership.ended",
                    "meeting.held",
                    "commitment.created",
                    "commitment.delivered",
                    "commitment.slipped",
                    "signal.raised",
                    "signal.cleared",
                    "post.created",
                    "survey.answered",
                    "webhook.test"
                })
        String type,

        @Schema(description = "When it happened (ISO-8601).")
        Instant timestamp,

        UUID workspaceId,

        @Schema(
                description = "The event's facts, by type: always partnershipId (but webhook.test); "
                        + "partnership.created: name; partnership.stage_changed and partnership.ended: from, to, "
                        + "reason; meeting.held: meetingId, meetingType, attendees; commitment.*: commitmentId, "
                        + "side (US or THEM), what, dueOn, and doneOn (delivered) or slippedFrom (slipped); "
                        + "signal.raised: signal, severity, evidence; signal.cleared: signal; post.created: "
                        + "postId, kind, side, excerpt; survey.answered: roundId, satisfaction (1-5).")
        Map<String, Object> data) {

    public static final int VERSION = 1;
}
