package dev.tandem.goals;

import dev.tandem.shared.UserId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a shared goal says, as given when setting or editing it.
 *
 * @param ourOwner the member who owns it on our side, if any
 * @param theirOwner the contact who owns it on their side, if any
 * @param serves the own goals (of either side, of the same partnership) it serves
 */
public record GoalDetails(
        String title,
        @Nullable String description,
        @Nullable String why,
        @Nullable UserId ourOwner,
        @Nullable UUID theirOwner,
        LocalDate dueOn,
        GoalStatus status,
        List<UUID> serves) {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 2000;
    public static final int MAX_SERVES = 50;

    public GoalDetails {
        title = title.strip();
        description = blankToNull(description);
        why = blankToNull(why);
        serves = List.copyOf(new LinkedHashSet<>(serves));
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
