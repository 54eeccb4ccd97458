package dev.tandem.endings;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A playbook's message was sent by email from Tandem; its copy is the timeline line (subject and body). */
public record DraftSent(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID runId,
        Playbook playbook,
        String to,
        String subject,
        String body,
        Actor actor,
        Instant occurredAt)
        implements PlaybookEvent {

    static final int COPY_LENGTH = 1500;

    @Override
    public String messageKey() {
        return "timeline.playbook.sent";
    }

    @Override
    public List<TimelineArgument> arguments() {
        // The copy is kept within what a timeline line holds, however many characters the JSON escapes.
        String copy = body.length() <= COPY_LENGTH ? body : body.substring(0, COPY_LENGTH) + "…";
        return List.of(TimelineArgument.text(to), TimelineArgument.text(subject), TimelineArgument.text(copy));
    }

    @Override
    public boolean interaction() {
        return true;
    }
}
