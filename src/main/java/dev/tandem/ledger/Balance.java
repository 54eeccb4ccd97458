package dev.tandem.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The balance of a partnership over the last {@value #DAYS} days: each side's share of contributions and of rewards in
 * the workspace's unit, and the split of contributions in each of {@value #PERIODS} periods of
 * {@value #PERIOD_DAYS} days, oldest first, for the chart.
 *
 * @param unconverted entries left out because their currency has no rate any more
 */
public record Balance(
        LocalDate from,
        LocalDate to,
        Valuation valuation,
        Split contributions,
        Split rewards,
        List<Period> periods,
        int unconverted) {

    public static final int DAYS = 180;
    public static final int PERIODS = 6;
    public static final int PERIOD_DAYS = DAYS / PERIODS;

    public Balance {
        periods = List.copyOf(periods);
    }

    /** One stretch of the chart. */
    public record Period(LocalDate from, LocalDate to, Split contributions) {}

    /** The first day the balance counts, for a balance ending on {@code today}. */
    public static LocalDate firstDay(LocalDate today) {
        return today.minusDays(DAYS - 1L);
    }

    static Balance of(List<Entry> contributions, List<Entry> rewards, Valuation valuation, LocalDate today) {
        LocalDate from = firstDay(today);
        List<Split> bySlot = new ArrayList<>();
        for (int i = 0; i < PERIODS; i++) {
            bySlot.add(Split.NONE);
        }
        Split put = Split.NONE;
        Split got = Split.NONE;
        int unconverted = 0;
        for (Entry e : contributions) {
            var d = e.details();
            if (d.occurredOn().isBefore(from) || d.occurredOn().isAfter(today)) {
                continue;
            }
            if (d.currency() != null && !valuation.converts(d.currency())) {
                unconverted++;
                continue;
            }
            var value = valuation.value(d.kind(), d.amount(), d.currency());
            put = put.plus(d.side(), value);
            int slot = (int) (ChronoUnit.DAYS.between(from, d.occurredOn()) / PERIOD_DAYS);
            bySlot.set(slot, bySlot.get(slot).plus(d.side(), value));
        }
        for (Entry e : rewards) {
            var d = e.details();
            if (d.occurredOn().isBefore(from) || d.occurredOn().isAfter(today)) {
                continue;
            }
            if (d.currency() != null && !valuation.converts(d.currency())) {
                unconverted++;
                continue;
            }
            got = got.plus(d.side(), valuation.value(d.kind(), d.amount(), d.currency()));
        }
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < PERIODS; i++) {
            LocalDate start = from.plusDays((long) i * PERIOD_DAYS);
            periods.add(new Period(start, start.plusDays(PERIOD_DAYS - 1L), bySlot.get(i)));
        }
        return new Balance(from, today, valuation, put, got, periods, unconverted);
    }
}
