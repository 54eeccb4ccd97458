package dev.tandem.feedback;

import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone told a story about a partnership: on its timeline (and on the contact's, when a contact told it through a
 * pulse link). A member telling it is the actor; a guest or a respondent is named in the text. The health index
 * recomputes on it, and counts the stories as evidence of "growing together".
 */
public record StoryRecorded(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID storyId,
        String name,
        @Nullable StoryPrompt prompt,
        Visibility visibility,
        @Nullable Actor actor,
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
    public String messageKey() {
        return "timeline.feedback.story." + (prompt == null ? "NONE" : prompt.name());
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(name));
    }
}
