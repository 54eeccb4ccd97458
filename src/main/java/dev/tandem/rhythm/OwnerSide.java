package dev.tandem.rhythm;

/** Which side owes a commitment: us (a member) or them (the partner). */
public enum OwnerSide {
    US,
    THEM
}
