package dev.tandem.rhythm;

import dev.tandem.shared.Dates;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.WebLinks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * What is planned about a recurring group meetup: a title, the rule, the time zone, the first day and the local start
 * time, how long it lasts, and where (a place, a video link, or both). {@code startsOn} is the first occurrence.
 */
public record MeetupPlan(
        String title,
        MeetupRule rule,
        ZoneId zone,
        LocalDate startsOn,
        LocalTime startsAt,
        int minutes,
        @Nullable String place,
        @Nullable String videoUrl) {

    public static final int TITLE_LENGTH = 200;
    public static final int DEFAULT_MINUTES = 60;
    public static final int MAX_MINUTES = 12 * 60;

    /**
     * Reads the plan; 400 on the field that does not read: a blank or long title, a rule biweekly cannot read (or
     * that never occurs from {@code startsOn}), an unknown zone, a bad date or time, minutes out of 5..720, a video
     * link that is not http(s). The first day moves to the rule's first occurrence on or after it.
     */
    public static MeetupPlan of(
            String title,
            String rule,
            String zone,
            String startsOn,
            String startsAt,
            @Nullable Integer minutes,
            @Nullable String place,
            @Nullable String videoUrl) {
        String name = title.strip();
        if (name.isEmpty()) {
            throw new InvalidInput("validation.required").on("title");
        }
        if (name.length() > TITLE_LENGTH) {
            throw new InvalidInput("rhythm.meetup.tooLong", TITLE_LENGTH).on("title");
        }
        MeetupRule parsed = MeetupRule.parse(rule);
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput("rhythm.meeting.zone").on("timeZone");
        }
        LocalDate day;
        try {
            day = Dates.require(LocalDate.parse(startsOn.strip()), "startsOn");
        } catch (DateTimeParseException e) {
            throw new InvalidInput("rhythm.meetup.date").on("startsOn");
        }
        LocalTime time;
        try {
            time = LocalTime.parse(startsAt.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("rhythm.meetup.time").on("startsAt");
        }
        int length = minutes == null ? DEFAULT_MINUTES : minutes;
        if (length < 5 || length > MAX_MINUTES) {
            throw new InvalidInput("rhythm.meetup.minutes", MAX_MINUTES).on("minutes");
        }
        String where = blankToNull(place);
        if (where != null && where.length() > Meeting.PLACE_LENGTH) {
            throw new InvalidInput("rhythm.meetup.tooLong", Meeting.PLACE_LENGTH).on("place");
        }
        String video = blankToNull(videoUrl);
        if (video != null && (video.length() > Meeting.VIDEO_URL_LENGTH || !WebLinks.isWebLink(video))) {
            throw new InvalidInput("validation.url").on("videoUrl");
        }
        return new MeetupPlan(name, parsed, zoneId, parsed.first(day, time, zoneId), time, length, where, video);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
