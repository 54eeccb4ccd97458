package dev.tandem.partnerships;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One side stated the values it commits to in a partnership (none: it withdrew them). */
public record ValuesStated(
        WorkspaceId workspaceId, UUID partnershipId, Side side, List<String> values, Actor actor, Instant occurredAt)
        implements TimelineEvent {

    public ValuesStated {
        values = List.copyOf(values);
    }

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId));
    }

    @Override
    public String messageKey() {
        String key = side == Side.OURS ? "timeline.partnership.values.ours" : "timeline.partnership.values.theirs";
        return values.isEmpty() ? key + ".none" : key;
    }

    @Override
    public List<TimelineArgument> arguments() {
        return values.isEmpty() ? List.of() : List.of(TimelineArgument.text(String.join(", ", values)));
    }
}
