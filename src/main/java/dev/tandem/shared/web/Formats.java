package dev.tandem.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates for templates ({@code ${@fmt.dateTime(x)}}), in the reader's language and time zone. */
@Component("fmt")
public class Formats {

    public String dateTime(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    public String date(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** The ISO-8601 form, for {@code <time datetime="…">}. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String format(@Nullable Instant instant, DateTimeFormatter style) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = LocaleContextHolder.getTimeZone().toZoneId();
        return style.withLocale(LocaleContextHolder.getLocale()).withZone(zone).format(instant);
    }
}
