package dev.tandem.notify.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.notify.Notification;
import dev.tandem.notify.NotificationKind;
import dev.tandem.notify.Preferences;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON of the notifications API. */
final class NotificationJson {

    private NotificationJson() {}

    @Schema(name = "Notification")
    record Item(
            UUID id,
            NotificationKind kind,

            @Schema(description = "The sentence, in the caller's language")
            String text,

            String subject,
            String detail,
            @Nullable LocalDate day,

            @Schema(description = "The page it is about, a path of the web app")
            String link,

            Instant createdAt,
            @Nullable Instant readAt) {

        static Item of(Notification n, String text, WorkspaceContext workspace) {
            return new Item(
                    n.id(),
                    n.kind(),
                    text,
                    n.subject(),
                    n.detail(),
                    n.day(),
                    "/w/" + workspace.workspaceId() + "/" + n.link(),
                    n.createdAt(),
                    n.readAt());
        }
    }

    record Unread(int unread) {}

    record Marked(int marked) {}

    @Schema(name = "NotificationPreferences")
    record Prefs(
            @NotNull(message = "{validation.required}")
            List<@NotNull(message = "{validation.nullItem}") NotificationKind> inApp,

            @NotNull(message = "{validation.required}")
            List<@NotNull(message = "{validation.nullItem}") NotificationKind> byMail,

            @NotNull(message = "{validation.required}") Boolean digest,
            @NotNull(message = "{validation.required}") DayOfWeek digestDay,

            @NotNull(message = "{validation.required}")
            @Min(value = 0, message = "{validation.min}")
            @Max(value = 23, message = "{validation.max}")
            @Schema(description = "The hour of the day (0–23) in the member's own time zone")
            Integer digestHour) {

        static Prefs of(Preferences p) {
            return new Prefs(
                    List.copyOf(sorted(p.inApp())),
                    List.copyOf(sorted(p.byMail())),
                    p.digest(),
                    p.digestDay(),
                    p.digestHour());
        }

        Preferences preferences() {
            return new Preferences(Set.copyOf(inApp), Set.copyOf(byMail), digest, digestDay, digestHour);
        }

        private static Set<NotificationKind> sorted(Set<NotificationKind> kinds) {
            return kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
        }
    }
}
