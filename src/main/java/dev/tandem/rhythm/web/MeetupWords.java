package dev.tandem.rhythm.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A meetup's rule in the reader's words, for the rules the form writes (every week or other week on a weekday,
 * monthly on the nth weekday or on a date); any other rule is "a custom rule" (its RRULE is shown beside it).
 */
final class MeetupWords {

    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private MeetupWords() {}

    static String of(String rule, MessageSource messages, Locale locale) {
        Map<String, String> parts = new HashMap<>();
        for (String part : rule.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(
                        part.substring(0, eq).toUpperCase(Locale.ROOT),
                        part.substring(eq + 1).toUpperCase(Locale.ROOT));
            }
        }
        String words = words(parts, messages, locale);
        return words != null ? words : messages.getMessage("rhythm.meetup.every.CUSTOM", null, locale);
    }

    private static @Nullable String words(Map<String, String> parts, MessageSource messages, Locale locale) {
        String freq = parts.get("FREQ");
        String interval = parts.getOrDefault("INTERVAL", "1");
        String byDay = parts.get("BYDAY");
        if (freq == null || !Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY").containsAll(parts.keySet())) {
            return null;
        }
        if (freq.equals("WEEKLY")
                && byDay != null
                && DAYS.contains(byDay)
                && Set.of("1", "2").contains(interval)) {
            return messages.getMessage(
                    "rhythm.meetup.every." + (interval.equals("1") ? "WEEKLY" : "BIWEEKLY"),
                    new Object[] {day(byDay, locale)},
                    locale);
        }
        if (freq.equals("MONTHLY") && interval.equals("1") && byDay != null && byDay.length() >= 3) {
            String code = byDay.substring(byDay.length() - 2);
            String nth = byDay.substring(0, byDay.length() - 2);
            if (DAYS.contains(code) && Set.of("1", "2", "3", "4", "-1").contains(nth)) {
                String key = "rhythm.meetup.nth." + nth;
                String phrase = messages.getMessage(key + "." + code, new Object[] {day(code, locale)}, null, locale);
                if (phrase == null) {
                    phrase = messages.getMessage(key, new Object[] {day(code, locale)}, locale);
                }
                return messages.getMessage("rhythm.meetup.every.MONTHLY_WEEKDAY", new Object[] {phrase}, locale);
            }
        }
        String byMonthDay = parts.get("BYMONTHDAY");
        if (freq.equals("MONTHLY")
                && interval.equals("1")
                && byDay == null
                && byMonthDay != null
                && byMonthDay.matches("[1-9]|[12][0-9]|3[01]")) {
            return messages.getMessage("rhythm.meetup.every.MONTHLY_DATE", new Object[] {byMonthDay}, locale);
        }
        return null;
    }

    private static String day(String code, Locale locale) {
        return DayOfWeek.of(DAYS.indexOf(code) + 1).getDisplayName(TextStyle.FULL, locale);
    }
}
