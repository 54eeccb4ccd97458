package dev.tandem.feedback.web;

import dev.tandem.feedback.PulseResults.TrendPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A partnership's pulse trend as an SVG line: average satisfaction 1–5 of each round, oldest left, on a
 * {@value #WIDTH}×{@value #HEIGHT} box. Rounds without answers leave a gap. The page shows the same numbers as a table.
 */
public record TrendChart(String path, List<Dot> dots, List<Grid> grid) {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    private static final int PAD = 30;

    public record Dot(String x, String y, String label) {}

    public record Grid(String y, int value) {}

    static TrendChart of(List<TrendPoint> points) {
        var path = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            if (p.average() == null) {
                drawing = false;
                continue;
            }
            String x = x(i, points.size());
            String y = y(p.average().doubleValue());
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M"))
                    .append(x)
                    .append(' ')
                    .append(y);
            dots.add(new Dot(x, y, p.title() + ": " + p.average().toPlainString()));
            drawing = true;
        }
        List<Grid> grid = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            grid.add(new Grid(y(v), v));
        }
        return new TrendChart(path.toString(), dots, grid);
    }

    public boolean any() {
        return !dots.isEmpty();
    }

    private static String x(int index, int count) {
        double x = count == 1 ? WIDTH / 2.0 : PAD + index * (WIDTH - 2.0 * PAD) / (count - 1);
        return String.format(Locale.ROOT, "%.1f", x);
    }

    private static String y(double value) {
        double y = PAD / 2.0 + (5 - value) * (HEIGHT - PAD) / 4.0;
        return String.format(Locale.ROOT, "%.1f", y);
    }
}
