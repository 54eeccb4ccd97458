package dev.tandem.recognition;

import dev.tandem.partnerships.Side;
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
 * A person was thanked: on the partnership's timeline, and on the contact's (so it shows on their page) when they are
 * on the partner's side. A SHARED one also shows in the partnership's shared space, to both sides.
 *
 * @param contact the contact thanked, when on their side
 * @param from the side of who gave it: ours for a member, theirs for a guest
 */
public record KudosGiven(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID kudosId,
        String to,
        String message,
        @Nullable UUID contact,
        Side from,
        Visibility visibility,
        Actor actor,
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
        return "timeline.recognition.kudos";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(to), TimelineArgument.text(message));
    }
}
