package dev.tandem.timeline;

import dev.tandem.shared.TimelineArgument;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * One line of a timeline: the message {@code timeline.<type>} filled with its arguments, who and when. {@code type}
 * names what happened ({@code rhythm.meeting.held.CHECK_IN}); the API shows it as it is.
 */
public record TimelineEntry(
        UUID id,
        String type,
        List<TimelineArgument> arguments,
        @Nullable String actorName,
        Instant occurredAt,
        boolean interaction) {

    static final String PREFIX = "timeline.";

    public TimelineEntry {
        arguments = List.copyOf(arguments);
    }

    /** The message key of this entry's text. */
    public String messageKey() {
        return PREFIX + type;
    }

    /** The arguments as a reader of {@code locale} reads them: dates and numbers in that locale's way. */
    public Object[] args(Locale locale) {
        return arguments.stream().map(a -> a.format(locale)).toArray();
    }

    /** The entry's text in {@code locale}. */
    public String text(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey(), args(locale), messageKey(), locale);
    }
}
