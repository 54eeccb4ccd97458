package dev.tandem.recognition;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A milestone as the health index sees it: when it was reached, who contributed (by name), and the first day
 * someone was thanked for it, if anyone was.
 */
public record MilestoneFact(
        String title,
        LocalDate reachedOn,
        List<String> contributors,
        @Nullable LocalDate firstKudosOn) {

    public MilestoneFact {
        contributors = List.copyOf(contributors);
    }
}
