package dev.tandem.rhythm.web;

import dev.tandem.rhythm.Meetup;
import dev.tandem.rhythm.MeetupPlan;
import dev.tandem.rhythm.MeetupRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The meetup form: how it repeats is chosen in words (every week, every other week, monthly on the same weekday as
 * the first day, e.g. the first Friday, or on the same date), or written as an RRULE; times are typed as text so a
 * bad one is shown next to its field.
 */
class MeetupForm {

    enum Repeats {
        WEEKLY,
        BIWEEKLY,
        MONTHLY_WEEKDAY,
        MONTHLY_DATE,
        CUSTOM
    }

    @NotBlank(message = "{validation.required}")
    @Size(max = MeetupPlan.TITLE_LENGTH, message = "{validation.size.max}")
    private String title = "";

    private Repeats repeats = Repeats.MONTHLY_WEEKDAY;

    @Size(max = MeetupRule.LENGTH, message = "{validation.size.max}")
    private String rule = "";

    @NotBlank(message = "{validation.required}")
    private String startsOn = "";

    @NotBlank(message = "{validation.required}")
    private String startsAt = "17:30";

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.size.max}")
    private String timeZone = "Europe/Rome";

    @Min(value = 5, message = "{validation.min}")
    @Max(value = MeetupPlan.MAX_MINUTES, message = "{validation.max}")
    private @Nullable Integer minutes = MeetupPlan.DEFAULT_MINUTES;

    @Size(max = 300, message = "{validation.size.max}")
    private String place = "";

    @Size(max = 500, message = "{validation.size.max}")
    private String videoUrl = "";

    /** The version the edit form was opened on (hidden); null when planning a new meetup. */
    private @Nullable Long version;

    /** The form filled from a meetup, to edit it: a rule one of the choices in words stands for is shown as that. */
    static MeetupForm of(Meetup meetup) {
        var plan = meetup.plan();
        var form = new MeetupForm();
        form.title = plan.title();
        form.rule = plan.rule().text();
        form.startsOn = plan.startsOn().toString();
        form.startsAt = plan.startsAt().toString();
        form.timeZone = plan.zone().getId();
        form.minutes = plan.minutes();
        form.place = plan.place() == null ? "" : plan.place();
        form.videoUrl = plan.videoUrl() == null ? "" : plan.videoUrl();
        form.version = meetup.version();
        for (Repeats choice : Repeats.values()) {
            form.repeats = choice;
            if (form.ruleText().equals(form.rule)) {
                break;
            }
        }
        return form;
    }

    /** The plan; throws the refusal of the field that does not read. */
    MeetupPlan plan() {
        return MeetupPlan.of(title, ruleText(), timeZone, startsOn, startsAt, minutes, place, videoUrl);
    }

    /** The RRULE the choice stands for, from the weekday and date of the first day. */
    String ruleText() {
        if (repeats == Repeats.CUSTOM) {
            return rule;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(startsOn.strip());
        } catch (DateTimeParseException e) {
            return "FREQ=MONTHLY";
        }
        String weekday = day(day.getDayOfWeek());
        int nth = (day.getDayOfMonth() - 1) / 7 + 1;
        return switch (repeats) {
            case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + weekday;
            case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + weekday;
            case MONTHLY_WEEKDAY -> "FREQ=MONTHLY;BYDAY=" + (nth == 5 ? -1 : nth) + weekday;
            case MONTHLY_DATE -> "FREQ=MONTHLY;BYMONTHDAY=" + day.getDayOfMonth();
            case CUSTOM -> rule;
        };
    }

    private static String day(DayOfWeek day) {
        return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Repeats getRepeats() {
        return repeats;
    }

    public void setRepeats(Repeats repeats) {
        this.repeats = repeats;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public @Nullable Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(@Nullable Integer minutes) {
        this.minutes = minutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }
}
