package dev.tandem.space;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * A question of the shared space was marked answered by one of its replies; {@code side} is the side that gave the
 * answer, {@code excerpt} the question's start.
 */
public record QuestionAnswered(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID postId,
        UUID answerId,
        Side side,
        Visibility visibility,
        String excerpt,
        Actor actor,
        Instant occurredAt)
        implements SpaceEvent {

    @Override
    public String messageKey() {
        return "timeline.space.answered." + side.name();
    }
}
