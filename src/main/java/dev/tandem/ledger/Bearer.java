package dev.tandem.ledger;

/** Who bears a risk if it happens. */
public enum Bearer {
    US,
    THEM,
    SHARED
}
