package dev.tandem.feedback;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone answered a pulse round through their link (no member did it, so no actor): on the partnership's timeline,
 * and on the contact's when a contact answered. The health index recomputes satisfaction on it.
 */
public record PulseAnswered(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID roundId,
        String name,
        int satisfaction,
        @Nullable UUID contact,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        List<TimelineSubject> subjects = new ArrayList<>(List.of(TimelineSubject.partnership(partnershipId)));
        if (contact != null) {
            subjects.add(TimelineSubject.contact(contact));
        }
        return subjects;
    }

    @Override
    public @Nullable Actor actor() {
        return null;
    }

    @Override
    public String messageKey() {
        return "timeline.feedback.answered";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(name), TimelineArgument.decimal(BigDecimal.valueOf(satisfaction)));
    }
}
