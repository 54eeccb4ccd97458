package dev.tandem.ledger;

/** Which way an entry goes: what a side put in, or what it got out. */
public enum Flow {
    CONTRIBUTION,
    REWARD
}
