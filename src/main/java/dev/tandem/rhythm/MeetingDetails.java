package dev.tandem.rhythm;

import dev.tandem.shared.Dates;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.WebLinks;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is planned about a meeting: its type, start and end (wall-clock times in {@code zone}), where it
 * happens and, when given, its agenda ({@code null} keeps the agenda as it is).
 */
public record MeetingDetails(
        MeetingType type,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        @Nullable String place,
        @Nullable String videoUrl,
        @Nullable List<AgendaItem> agenda) {

    /**
     * Reads the wall-clock times ({@code 2026-12-01T10:00}) in the time zone ({@code Europe/Rome});
     * an unreadable one is 400 on its field, and so is an end that is not after the start or a video link that is
     * not an http(s) address.
     */
    public static MeetingDetails of(
            MeetingType type,
            String start,
            String end,
            String zone,
            @Nullable String place,
            @Nullable String videoUrl,
            @Nullable List<AgendaItem> agenda) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput("rhythm.meeting.zone").on("timeZone");
        }
        Instant startsAt = local(start, "startsAt").atZone(zoneId).toInstant();
        Instant endsAt = local(end, "endsAt").atZone(zoneId).toInstant();
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInput("rhythm.meeting.endsBeforeStart").on("endsAt");
        }
        if (agenda != null && agenda.size() > AgendaItem.MAX_ITEMS) {
            throw new InvalidInput("rhythm.meeting.agendaTooLong", AgendaItem.MAX_ITEMS).on("agenda");
        }
        String video = blankToNull(videoUrl);
        if (video != null && !WebLinks.isWebLink(video)) {
            throw new InvalidInput("validation.url").on("videoUrl");
        }
        return new MeetingDetails(type, startsAt, endsAt, zoneId, blankToNull(place), video, agenda);
    }

    private static LocalDateTime local(String text, String field) {
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("rhythm.meeting.time").on(field);
        }
        Dates.require(time.toLocalDate(), field);
        return time;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
