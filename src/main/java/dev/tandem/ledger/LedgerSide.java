package dev.tandem.ledger;

/** Whose entry it is: our side or the partner's. */
public enum LedgerSide {
    US,
    THEM;

    public LedgerSide other() {
        return this == US ? THEM : US;
    }
}
