package dev.tandem.rhythm;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import dev.tandem.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * A meetup's recurrence: an RFC 5545 RRULE value ({@code FREQ=MONTHLY;BYDAY=1FR}) read with biweekly, and expanded
 * in the meetup's time zone, so a meetup at 17:30 in Rome stays at 17:30 local time across a daylight-saving change.
 */
public final class MeetupRule {

    public static final int LENGTH = 300;
    /** How many occurrences are ever expanded from the start, so no rule can run away. */
    static final int MAX_STEPS = 5000;

    private static final Set<Frequency> ALLOWED =
            EnumSet.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);

    private final String text;
    private final Recurrence recurrence;

    private MeetupRule(String text, Recurrence recurrence) {
        this.text = text;
        this.recurrence = recurrence;
    }

    /** The rule of {@code text} (with or without the {@code RRULE:} prefix); 400 on {@code rule} unless it reads. */
    public static MeetupRule parse(String text) {
        String rule = text.strip();
        if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
            rule = rule.substring(6);
        }
        if (rule.isEmpty() || rule.length() > LENGTH || rule.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("rhythm.meetup.rule").on("rule");
        }
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar parsed = Biweekly.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//Rule//EN\r\n"
                        + "BEGIN:VEVENT\r\nUID:rule\r\nDTSTAMP:20260101T000000Z\r\nRRULE:" + rule
                        + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                .warnings(warnings)
                .first();
        if (parsed == null
                || warnings.stream().anyMatch(w -> !w.isEmpty())
                || parsed.getEvents().size() != 1
                || parsed.getEvents().get(0).getRecurrenceRule() == null) {
            throw new InvalidInput("rhythm.meetup.rule").on("rule");
        }
        Recurrence recurrence = parsed.getEvents().get(0).getRecurrenceRule().getValue();
        if (recurrence.getFrequency() == null || !ALLOWED.contains(recurrence.getFrequency())) {
            throw new InvalidInput("rhythm.meetup.rule").on("rule");
        }
        return new MeetupRule(rule, recurrence);
    }

    public String text() {
        return text;
    }

    Recurrence recurrence() {
        return recurrence;
    }

    /** The first occurrence on or after {@code from} at {@code time} in {@code zone}; 400 when there is none. */
    LocalDate first(LocalDate from, LocalTime time, ZoneId zone) {
        var it = iterator(from, time, zone);
        if (!it.hasNext()) {
            throw new InvalidInput("rhythm.meetup.noOccurrence").on("rule");
        }
        return LocalDateTime.ofInstant(it.next().toInstant(), zone).toLocalDate();
    }

    /**
     * The local start times of the occurrences from {@code start} (the first occurrence) on, those on or after
     * {@code from}, at most {@code count} and none after {@code until} when given.
     */
    List<LocalDateTime> between(
            LocalDate start, LocalTime time, ZoneId zone, LocalDate from, @Nullable LocalDate until, int count) {
        var it = iterator(start, time, zone);
        it.advanceTo(Date.from(from.atStartOfDay(zone).toInstant()));
        List<LocalDateTime> found = new ArrayList<>();
        for (int steps = 0; it.hasNext() && found.size() < count && steps < MAX_STEPS; steps++) {
            LocalDateTime at = LocalDateTime.ofInstant(it.next().toInstant(), zone);
            if (until != null && at.toLocalDate().isAfter(until)) {
                break;
            }
            if (!at.toLocalDate().isBefore(from)) {
                found.add(at);
            }
        }
        return found;
    }

    /** Whether {@code day} is one of the occurrences. */
    boolean occursOn(LocalDate start, LocalTime time, ZoneId zone, LocalDate day) {
        return !between(start, time, zone, day, day, 1).isEmpty();
    }

    private DateIterator iterator(LocalDate start, LocalTime time, ZoneId zone) {
        Instant first = start.atTime(time).atZone(zone).toInstant();
        return recurrence.getDateIterator(Date.from(first), TimeZone.getTimeZone(zone));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MeetupRule rule && rule.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
