package dev.tandem.ledger.web;

import dev.tandem.ledger.Balance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The split of contributions over time as bars an SVG can draw: one bar per period, our share from the bottom and
 * theirs on top, both as percentages of {@value #HEIGHT} units; an empty period has no bar.
 */
record BalanceChart(List<Bar> bars) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;
    private static final int GAP = 16;

    record Bar(
            String x,
            String width,
            String ourY,
            String ourHeight,
            String theirHeight,
            boolean empty,
            Balance.Period period) {}

    static BalanceChart of(Balance balance) {
        int n = balance.periods().size();
        double width = (WIDTH - GAP * (n + 1.0)) / n;
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < n; i++) {
            var period = balance.periods().get(i);
            Integer ours = period.contributions().ourPercent();
            double x = GAP + i * (width + GAP);
            double ourHeight = ours == null ? 0 : HEIGHT * ours / 100.0;
            bars.add(new Bar(
                    num(x),
                    num(width),
                    num(HEIGHT - ourHeight),
                    num(ourHeight),
                    num(ours == null ? 0 : HEIGHT - ourHeight),
                    ours == null,
                    period));
        }
        return new BalanceChart(bars);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
