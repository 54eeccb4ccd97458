package dev.tandem.rhythm;

/** What a participant answered about a meeting still ahead: they will come, or they cannot. */
public enum Reply {
    COMING,
    NOT_COMING
}
