package dev.tandem.ledger;

/** The common unit the workspace compares the sides in. */
public enum Unit {
    HOURS,
    POINTS
}
