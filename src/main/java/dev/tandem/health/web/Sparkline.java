package dev.tandem.health.web;

import dev.tandem.health.WeekScore;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Draws a trend as an SVG path for templates ({@code @sparkline.path(trend)}): 0–100 mapped onto a
 * {@value #WIDTH}×{@value #HEIGHT} box, one point per week, a gap where a week has no score.
 */
@Component("sparkline")
public class Sparkline {

    public static final int WIDTH = 96;
    public static final int HEIGHT = 24;

    public String path(List<WeekScore> trend) {
        var path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < trend.size(); i++) {
            Integer score = trend.get(i).score();
            if (score == null) {
                drawing = false;
                continue;
            }
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(point(i, trend.size(), score));
            drawing = true;
        }
        return path.toString();
    }

    /** Whether there is anything to draw. */
    public boolean any(List<WeekScore> trend) {
        return trend.stream().anyMatch(w -> w.score() != null);
    }

    /** Where the latest score sits, as "x y", for the end dot; empty when this week has no score. */
    public String last(List<WeekScore> trend, String axis) {
        if (trend.isEmpty() || trend.get(trend.size() - 1).score() == null) {
            return "";
        }
        String[] xy = point(
                        trend.size() - 1,
                        trend.size(),
                        trend.get(trend.size() - 1).score())
                .split(" ");
        return axis.equals("x") ? xy[0] : xy[1];
    }

    private static String point(int index, int count, int score) {
        double x = count == 1 ? WIDTH / 2.0 : 2 + index * (WIDTH - 4.0) / (count - 1);
        double y = 2 + (100 - score) * (HEIGHT - 4.0) / 100;
        return String.format(Locale.ROOT, "%.1f %.1f", x, y);
    }
}
