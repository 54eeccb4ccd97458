package dev.tandem.ledger;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An entry as shown: with its worth in the workspace's unit (null for money in a currency that has no rate any more)
 * and the name of the person, if one.
 */
public record EntryView(
        Entry entry,
        @Nullable BigDecimal value,
        Unit unit,
        @Nullable String personName) {}
