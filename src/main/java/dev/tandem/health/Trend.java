package dev.tandem.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The weekly scores kept on a score row: consecutive weeks from {@code from} (a Monday), oldest first, a null
 * score where the week has no snapshot. Stored as text ({@code 71,,68}) beside the week it starts from.
 */
record Trend(LocalDate from, List<@Nullable Integer> scores) {

    Trend {
        scores = Collections.unmodifiableList(new ArrayList<>(scores));
    }

    /** The {@code weeks} weeks ending with {@code last}, each with its score in {@code byWeek} if it has one. */
    static Trend ending(LocalDate last, int weeks, Map<LocalDate, Integer> byWeek) {
        LocalDate from = last.minusWeeks(weeks - 1L);
        List<@Nullable Integer> scores = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            scores.add(byWeek.get(from.plusWeeks(i)));
        }
        return new Trend(from, scores);
    }

    static Trend parse(LocalDate from, String text) {
        List<@Nullable Integer> scores = new ArrayList<>();
        for (String score : text.split(",", -1)) {
            scores.add(score.isEmpty() ? null : Integer.valueOf(score));
        }
        return new Trend(from, scores);
    }

    String text() {
        return String.join(
                ",", scores.stream().map(s -> s == null ? "" : s.toString()).toList());
    }

    List<WeekScore> weeks() {
        return window(from, scores.size());
    }

    /** The {@code weeks} weeks from {@code first}: a week this trend does not cover has no score. */
    List<WeekScore> window(LocalDate first, int weeks) {
        long shift = ChronoUnit.WEEKS.between(from, first);
        WeekScore[] window = new WeekScore[weeks];
        for (int i = 0; i < weeks; i++) {
            long at = shift + i;
            window[i] = new WeekScore(first.plusWeeks(i), at >= 0 && at < scores.size() ? scores.get((int) at) : null);
        }
        return Arrays.asList(window);
    }
}
