package dev.tandem.partnerships;

/** Which side of a partnership a participant is on: ours (a member) or theirs (a contact). */
public enum Side {
    OURS,
    THEIRS
}
