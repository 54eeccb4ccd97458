package dev.tandem.exchange;

/** What an import does with one row: a new contact, an update of the one with the same email, nothing, or refuse it. */
public enum RowAction {
    CREATE,
    UPDATE,
    SKIP,
    ERROR
}
