package dev.tandem.rhythm.web;

import dev.tandem.rhythm.AttendanceStatus;
import dev.tandem.rhythm.Meetup;
import dev.tandem.rhythm.MeetupPlan;
import dev.tandem.rhythm.MeetupRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recurring group meetup as the API shows it: the plan with its RRULE and zone, invitees and cancelled dates. */
record MeetupJson(
        UUID id,
        String title,
        String rule,
        String timeZone,
        LocalDate startsOn,
        String startsAt,
        int minutes,
        @Nullable String place,
        @Nullable String videoUrl,
        List<Meetup.Invitee> invitees,
        List<LocalDate> cancelled,
        Instant createdAt,
        long version) {

    static MeetupJson of(Meetup m) {
        var plan = m.plan();
        return new MeetupJson(
                m.id(),
                plan.title(),
                plan.rule().text(),
                plan.zone().getId(),
                plan.startsOn(),
                plan.startsAt().toString(),
                plan.minutes(),
                plan.place(),
                plan.videoUrl(),
                m.invitees(),
                m.cancelled().stream().sorted().toList(),
                m.createdAt(),
                m.version());
    }

    /** A new meetup, or its plan replaced. */
    record Request(
            @NotBlank(message = "{validation.required}")
            @Size(max = MeetupPlan.TITLE_LENGTH, message = "{validation.size.max}")
            String title,

            @NotBlank(message = "{validation.required}")
            @Size(max = MeetupRule.LENGTH, message = "{validation.size.max}")
            String rule,

            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.size.max}")
            String timeZone,

            @NotBlank(message = "{validation.required}") @Size(max = 10, message = "{validation.size.max}")
            String startsOn,

            @NotBlank(message = "{validation.required}") @Size(max = 8, message = "{validation.size.max}")
            String startsAt,

            @Nullable
            @Min(value = 5, message = "{validation.min}")
            @Max(value = MeetupPlan.MAX_MINUTES, message = "{validation.max}")
            Integer minutes,

            @Nullable @Size(max = 300, message = "{validation.size.max}")
            String place,

            @Nullable @Size(max = 500, message = "{validation.size.max}")
            String videoUrl,

            @Nullable @Size(max = Meetup.MAX_INVITEES, message = "{validation.size.max}")
            List<UUID> invitees) {

        MeetupPlan plan() {
            return MeetupPlan.of(title, rule, timeZone, startsOn, startsAt, minutes, place, videoUrl);
        }
    }

    record Invite(
            @NotNull(message = "{validation.required}") UUID personId) {}

    record Cancel(boolean cancelled) {}

    record Attend(
            @NotNull(message = "{validation.required}") UUID personId,
            @NotNull(message = "{validation.required}") AttendanceStatus status) {}

    /** One occurrence: its day, local start (in the meetup's zone), instants, whether cancelled, and who came. */
    record OccurrenceJson(
            LocalDate date,
            LocalDateTime localStart,
            Instant startsAt,
            Instant endsAt,
            boolean cancelled,
            Map<UUID, AttendanceStatus> attendance) {

        static OccurrenceJson of(Meetup.Occurrence o) {
            return new OccurrenceJson(o.on(), o.localStart(), o.startsAt(), o.endsAt(), o.cancelled(), o.attendance());
        }
    }
}
