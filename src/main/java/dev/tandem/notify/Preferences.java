package dev.tandem.notify;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * A member's choices in one workspace: the kinds shown in the app, the kinds also sent by mail, and the weekly
 * digest (on, and the day and hour of their own time zone it comes). The defaults: every kind in the app, none by
 * mail, the digest on Monday at 8.
 */
public record Preferences(
        Set<NotificationKind> inApp,
        Set<NotificationKind> byMail,
        boolean digest,
        DayOfWeek digestDay,
        int digestHour) {

    public static final Preferences DEFAULTS =
            new Preferences(EnumSet.allOf(NotificationKind.class), Set.of(), true, DayOfWeek.MONDAY, 8);

    public Preferences {
        inApp = inApp.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(inApp));
        byMail = byMail.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(byMail));
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("an hour of the day: " + digestHour);
        }
    }

    public boolean inApp(NotificationKind kind) {
        return inApp.contains(kind);
    }

    public boolean byMail(NotificationKind kind) {
        return byMail.contains(kind);
    }
}
