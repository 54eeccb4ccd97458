package dev.tandem.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a timeline: the message {@code timeline.<type>} with its arguments, who and when. */
public record TimelineEntry(UUID id, String type, List<String> args, @Nullable String actorName, Instant occurredAt,
        boolean interaction) {

    /** The message key of this entry's text. */
    public String messageKey() {
        return "timeline." + type;
    }
}
