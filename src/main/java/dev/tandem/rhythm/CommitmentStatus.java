package dev.tandem.rhythm;

/** Where a commitment stands: open, delivered (with a done date) or dropped. */
public enum CommitmentStatus {
    OPEN,
    DONE,
    DROPPED
}
