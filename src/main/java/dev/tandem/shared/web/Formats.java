package dev.tandem.shared.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates for templates ({@code ${@fmt.dateTime(x)}}), in the reader's language and time zone: one style per language
 * (the medium date of the locale), relative where it reads better (in 3 days), never ISO in a sentence.
 */
@Component("fmt")
public class Formats {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern ISO_DAYS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(, \\d{4}-\\d{2}-\\d{2})*");

    private final Clock clock;
    private final MessageSource messages;

    Formats(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    public String dateTime(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    public String date(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** A calendar day in the same style as {@link #date(Instant)}. */
    public String day(@Nullable LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(day);
    }

    /** Day and month only, for chart axes and headings within the year. */
    public String dayMonth(@Nullable LocalDate day) {
        if (day == null) {
            return "";
        }
        DateFormat format = DateFormat.getInstanceForSkeleton("MMMd", ULocale.forLocale(locale()));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(day.atStartOfDay(ZoneId.of("UTC")).toInstant()));
    }

    /** A meeting's time where it takes place, with the zone's name. */
    public String meetingTime(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        var full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale());
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale());
        String until = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end) : full.format(end);
        return full.format(start) + "–" + until + " (" + zone.getId() + ")";
    }

    /** A day relative to the reader's today: today, tomorrow, in 3 days, 2 weeks ago, in 4 months. */
    public String relative(@Nullable LocalDate day) {
        if (day == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), readerZone()), day);
        var format = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale()));
        long size = Math.abs(days);
        if (size <= 1) {
            return format.format(days, RelativeDateTimeUnit.DAY);
        }
        if (size < 14) {
            return format.formatNumeric(days, RelativeDateTimeUnit.DAY);
        }
        if (size < 60) {
            return format.formatNumeric(days / 7, RelativeDateTimeUnit.WEEK);
        }
        return format.formatNumeric(days / 30, RelativeDateTimeUnit.MONTH);
    }

    public String relative(@Nullable Instant instant) {
        return instant == null ? "" : relative(instant.atZone(readerZone()).toLocalDate());
    }

    /** The time zone the reader lives in, for forms that ask for one. */
    public String zone() {
        return readerZone().getId();
    }

    /**
     * A message whose arguments were stored as text (a health signal's evidence): whole numbers count again, so
     * plurals agree, and days read in the reader's style.
     */
    public String message(String key, Collection<String> args) {
        Object[] values = args.stream().map(this::typed).toArray();
        return messages.getMessage(key, values, key, locale());
    }

    private Object typed(String arg) {
        if (WHOLE_NUMBER.matcher(arg).matches()) {
            return Long.parseLong(arg);
        }
        if (ISO_DAYS.matcher(arg).matches()) {
            try {
                return Arrays.stream(arg.split(", "))
                        .map(d -> day(LocalDate.parse(d)))
                        .collect(Collectors.joining("; "));
            } catch (DateTimeParseException notADay) {
                return arg;
            }
        }
        return arg;
    }

    /** The ISO-8601 form, for {@code <time datetime="…">}. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static ZoneId readerZone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }

    private static String format(@Nullable Instant instant, DateTimeFormatter style) {
        if (instant == null) {
            return "";
        }
        return style.withLocale(locale()).withZone(readerZone()).format(instant);
    }
}
