package dev.tandem.partnerships;

/**
 * How a partnership keeps its rhythm: within its ideal interval, past it (<em>due</em>), past the
 * maximum (<em>overdue</em>), or {@link #NONE} once it has ended.
 */
public enum CadenceStatus {
    ON_TRACK,
    DUE,
    OVERDUE,
    NONE
}
