package dev.tandem.notify;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification's sentence in the reader's language: its kind's message, filled with its subject, detail and day. */
@Component
public class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Notification n, Locale locale) {
        String detail = n.detail();
        String key = n.kind().messageKey();
        if (n.kind() == NotificationKind.SIGNAL_RAISED) {
            detail = messages.getMessage("health.signal." + detail, null, detail, locale);
        } else if (n.kind() == NotificationKind.INVITATION_ACCEPTED && !detail.isBlank()) {
            key += ".guest";
        }
        String day = n.day() == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(n.day());
        return messages.getMessage(key, new Object[] {n.subject(), detail, day}, locale);
    }
}
