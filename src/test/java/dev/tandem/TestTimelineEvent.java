package dev.tandem;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Any timeline event, as a test needs it: its text {@code timeline.test.*} exists in no bundle. */
public record TestTimelineEvent(
        WorkspaceId workspaceId,
        List<TimelineSubject> subjects,
        String messageKey,
        List<TimelineArgument> arguments,
        @Nullable Actor actor,
        Instant occurredAt,
        boolean interaction)
        implements TimelineEvent {

    public static TestTimelineEvent of(
            WorkspaceId workspace,
            List<TimelineSubject> subjects,
            String type,
            @Nullable Actor actor,
            Instant at,
            boolean interaction,
            String... args) {
        return new TestTimelineEvent(
                workspace,
                subjects,
                "timeline." + type,
                Arrays.stream(args).map(TimelineArgument::text).toList(),
                actor,
                at,
                interaction);
    }
}
