package dev.tandem.notify;

/** Where a member's digest of a week stands. */
public enum DigestStatus {
    /** Claimed by a node, being sent. */
    SENDING,
    SENT,
    /** Nothing to say that week: no mail. */
    EMPTY,
    /** Not sent; retried later. */
    FAILED,
    /** Not sent after the last attempt. */
    GAVE_UP
}
