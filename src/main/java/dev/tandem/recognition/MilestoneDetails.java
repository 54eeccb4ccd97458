package dev.tandem.recognition;

import dev.tandem.shared.Dates;
import dev.tandem.shared.InvalidInput;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a milestone says, as given when recording or editing it.
 *
 * @param achieved what was achieved, in a few words
 * @param contributors who contributed, on both sides: participants of the partnership
 * @param goalIds shared goals of the same partnership it advanced
 * @param keyResultIds key results of those (or other) goals of the same partnership it moved
 */
public record MilestoneDetails(
        String title,
        LocalDate reachedOn,
        @Nullable String achieved,
        List<Contributor> contributors,
        List<UUID> goalIds,
        List<UUID> keyResultIds) {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 2000;
    public static final int MAX_LINKS = 50;

    public MilestoneDetails {
        title = title.strip();
        if (title.isEmpty()) {
            throw new InvalidInput("validation.required").on("title");
        }
        if (title.length() > TITLE_LENGTH) {
            throw new InvalidInput("validation.size.max", TITLE_LENGTH).on("title");
        }
        achieved = achieved == null || achieved.isBlank() ? null : achieved.strip();
        if (achieved != null && achieved.length() > TEXT_LENGTH) {
            throw new InvalidInput("validation.size.max", TEXT_LENGTH).on("achieved");
        }
        Dates.require(reachedOn, "reachedOn");
        contributors = List.copyOf(new LinkedHashSet<>(contributors));
        goalIds = List.copyOf(new LinkedHashSet<>(goalIds));
        keyResultIds = List.copyOf(new LinkedHashSet<>(keyResultIds));
        if (contributors.size() > MAX_LINKS) {
            throw new InvalidInput("validation.size.max", MAX_LINKS).on("contributors");
        }
        if (goalIds.size() + keyResultIds.size() > MAX_LINKS) {
            throw new InvalidInput("validation.size.max", MAX_LINKS).on("goalIds");
        }
    }
}
