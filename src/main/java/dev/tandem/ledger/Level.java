package dev.tandem.ledger;

/** How likely a risk is, or how hard it would hit. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
