package dev.tandem.rhythm;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.ExceptionDates;
import biweekly.property.ICalProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Writes iCalendar (RFC 5545) with biweekly. Times in a zone are written as local times with a TZID, and
 * each zone used gets a VTIMEZONE drawn from the JDK's rules (every offset change around the events, as
 * STANDARD and DAYLIGHT observances), so no time-zone server is asked. All-day dates are plain DATE values.
 */
final class ICalendars {

    static final String PRODUCT_ID = "-//Tandem//Tandem Calendar//EN";
    /** How far the VTIMEZONE reaches before the first and after the last event in that zone. */
    private static final Duration ZONE_MARGIN = Duration.ofDays(400);

    private final ICalendar calendar = new ICalendar();
    private final Map<ZoneId, List<ICalProperty>> zoned = new LinkedHashMap<>();
    private final Map<ZoneId, Instant[]> spans = new LinkedHashMap<>();

    ICalendars(String name) {
        calendar.setProductId(PRODUCT_ID);
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
    }

    ICalendar calendar() {
        return calendar;
    }

    DateStart start(Instant at, ZoneId zone) {
        var property = new DateStart(Date.from(at), true);
        zoned(property, at, zone);
        return property;
    }

    DateEnd end(Instant at, ZoneId zone) {
        var property = new DateEnd(Date.from(at), true);
        zoned(property, at, zone);
        return property;
    }

    /** The dates cancelled out of a recurrence, each at its local start time in {@code zone}. */
    ExceptionDates exceptions(List<Instant> at, ZoneId zone) {
        var property = new ExceptionDates();
        at.forEach(i -> property.getValues().add(new ICalDate(Date.from(i), true)));
        zoned(property, at.get(0), zone);
        at.forEach(i -> stretch(zone, i));
        return property;
    }

    /** Makes the zone's VTIMEZONE reach {@code at} too (a recurrence goes on after its first start). */
    void stretch(ZoneId zone, Instant at) {
        spans.merge(zone, new Instant[] {at, at}, (a, b) ->
                new Instant[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
    }

    static DateStart startDay(LocalDate day) {
        return new DateStart(new ICalDate(components(day), false));
    }

    /** The exclusive end of an all-day event on {@code day}: the next day. */
    static DateEnd endDay(LocalDate day) {
        return new DateEnd(new ICalDate(components(day.plusDays(1)), false));
    }

    private void zoned(ICalProperty property, Instant at, ZoneId zone) {
        zoned.computeIfAbsent(zone, z -> new ArrayList<>()).add(property);
        stretch(zone, at);
    }

    /** The calendar as text, with a VTIMEZONE for each zone its times are in. */
    String write() {
        zoned.forEach((zone, properties) -> {
            Instant[] span = spans.get(zone);
            var assignment = new TimezoneAssignment(
                    TimeZone.getTimeZone(zone), vtimezone(zone, span[0].minus(ZONE_MARGIN), span[1].plus(ZONE_MARGIN)));
            properties.forEach(p -> calendar.getTimezoneInfo().setTimezone(p, assignment));
        });
        // Caret encoding (RFC 6868) lets a name with a double quote or a line break be a parameter value (CN).
        return Biweekly.write(calendar).caretEncoding(true).go();
    }

    /**
     * The zone from {@code from} to {@code to}: the observance in force at {@code from} (from its onset),
     * then one observance for each offset change up to {@code to}.
     */
    static VTimezone vtimezone(ZoneId zone, Instant from, Instant to) {
        var vtimezone = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        ZoneOffset offset = rules.getOffset(from);
        ZoneOffsetTransition before = rules.previousTransition(from);
        add(
                vtimezone,
                rules.isDaylightSavings(from),
                before == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : before.getDateTimeBefore(),
                before == null ? offset : before.getOffsetBefore(),
                offset);
        for (var t = rules.nextTransition(from);
                t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            add(
                    vtimezone,
                    rules.isDaylightSavings(t.getInstant()),
                    t.getDateTimeBefore(),
                    t.getOffsetBefore(),
                    t.getOffsetAfter());
        }
        return vtimezone;
    }

    private static void add(
            VTimezone vtimezone, boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to) {
        Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
        observance.setDateStart(new DateTimeComponents(
                onset.getYear(),
                onset.getMonthValue(),
                onset.getDayOfMonth(),
                onset.getHour(),
                onset.getMinute(),
                onset.getSecond(),
                false));
        observance.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
        if (observance instanceof DaylightSavingsTime d) {
            vtimezone.addDaylightSavingsTime(d);
        } else {
            vtimezone.addStandardTime((StandardTime) observance);
        }
    }

    private static DateTimeComponents components(LocalDate day) {
        return new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
