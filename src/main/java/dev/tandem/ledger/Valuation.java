package dev.tandem.ledger;

import dev.tandem.shared.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How a workspace values entries in one common unit, so that an hour, a sum of money and an introduction can be
 * added up and the sides compared. An hour is worth {@code TIME}'s value; money is converted into {@code currency}
 * (at {@code rates}: how much of it one unit of another currency is worth) and divided by {@code moneyPerUnit}; each
 * item of any other kind is worth that kind's value.
 *
 * @param kindValues the worth of an hour (TIME) and of one item of every itemised kind
 * @param rates by ISO 4217 code, for money in currencies other than {@code currency}
 */
public record Valuation(
        Unit unit,
        Currency currency,
        BigDecimal moneyPerUnit,
        Map<EntryKind, BigDecimal> kindValues,
        Map<String, BigDecimal> rates) {

    public static final BigDecimal MAX_VALUE = new BigDecimal("1000000");
    public static final int MAX_RATES = 50;
    static final int SCALE = 2;

    public static final Valuation DEFAULTS =
            new Valuation(Unit.HOURS, Currency.getInstance("EUR"), new BigDecimal("50"), defaultValues(), Map.of());

    /** Refuses (400, on the field) a value that is not positive or too large, and a rate for an unknown currency. */
    public Valuation {
        if (moneyPerUnit.signum() <= 0 || moneyPerUnit.compareTo(MAX_VALUE) > 0) {
            throw new InvalidInput("ledger.valuation.value", MAX_VALUE).on("moneyPerUnit");
        }
        var values = new EnumMap<EntryKind, BigDecimal>(EntryKind.class);
        for (EntryKind kind : EntryKind.values()) {
            if (kind == EntryKind.MONEY) {
                continue;
            }
            BigDecimal v = kindValues.getOrDefault(kind, defaultValues().get(kind));
            if (v.signum() < 0 || v.compareTo(MAX_VALUE) > 0) {
                throw new InvalidInput("ledger.valuation.value", MAX_VALUE).on("kindValues." + kind.name());
            }
            values.put(kind, v);
        }
        kindValues = Collections.unmodifiableMap(values);
        if (rates.size() > MAX_RATES) {
            throw new InvalidInput("validation.size.max", MAX_RATES).on("rates");
        }
        var sorted = new TreeMap<String, BigDecimal>();
        for (var rate : rates.entrySet()) {
            String code = currency(rate.getKey(), "rates").getCurrencyCode();
            if (rate.getValue().signum() <= 0 || rate.getValue().compareTo(MAX_VALUE) > 0) {
                throw new InvalidInput("ledger.valuation.value", MAX_VALUE).on("rates");
            }
            if (!code.equals(currency.getCurrencyCode())) {
                sorted.put(code, rate.getValue());
            }
        }
        rates = Collections.unmodifiableMap(sorted);
    }

    /** An ISO 4217 currency by its code (any case), or a refusal on {@code field}. */
    public static Currency currency(@Nullable String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("ledger.currency.required").on(field);
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("ledger.currency.unknown", code.strip()).on(field);
        }
    }

    /** What {@code amount} of {@code kind} is worth in the unit; money in a currency without a rate is refused. */
    public BigDecimal value(EntryKind kind, BigDecimal amount, @Nullable Currency in) {
        if (kind != EntryKind.MONEY) {
            return amount.multiply(kindValues.get(kind)).setScale(SCALE, RoundingMode.HALF_UP);
        }
        return inBase(amount, in).divide(moneyPerUnit, SCALE, RoundingMode.HALF_UP);
    }

    /** Money converted into the workspace's currency. */
    public BigDecimal inBase(BigDecimal amount, @Nullable Currency in) {
        if (in == null || in.equals(currency)) {
            return amount;
        }
        BigDecimal rate = rates.get(in.getCurrencyCode());
        if (rate == null) {
            throw new InvalidInput("ledger.currency.noRate", in.getCurrencyCode(), currency.getCurrencyCode())
                    .on("currency");
        }
        return amount.multiply(rate);
    }

    public boolean converts(Currency in) {
        return in.equals(currency) || rates.containsKey(in.getCurrencyCode());
    }

    private static Map<EntryKind, BigDecimal> defaultValues() {
        var values = new EnumMap<EntryKind, BigDecimal>(EntryKind.class);
        values.put(EntryKind.TIME, BigDecimal.ONE);
        values.put(EntryKind.RESOURCE, new BigDecimal("4"));
        values.put(EntryKind.INTRODUCTION, new BigDecimal("2"));
        values.put(EntryKind.EXPERTISE, new BigDecimal("4"));
        values.put(EntryKind.LEADS, new BigDecimal("2"));
        values.put(EntryKind.LEARNING, new BigDecimal("2"));
        values.put(EntryKind.REPUTATION, new BigDecimal("2"));
        values.put(EntryKind.ACCESS, new BigDecimal("4"));
        values.put(EntryKind.OTHER, BigDecimal.ONE);
        return values;
    }
}
