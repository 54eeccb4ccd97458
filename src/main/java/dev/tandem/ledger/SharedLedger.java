package dev.tandem.ledger;

import java.util.List;

/**
 * A partnership's ledger as its guests see it once it is shared: the balance between the sides and the contributions
 * of the balance's window, latest first.
 */
public record SharedLedger(Balance balance, List<EntryView> contributions) {

    /** How many contributions the shared view lists. */
    public static final int SHOWN = 20;

    public SharedLedger {
        contributions = List.copyOf(contributions);
    }
}
