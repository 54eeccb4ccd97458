package dev.tandem.goals;

/** Where a shared goal stands; only ACTIVE goals count for alignment and on-track checks. */
public enum GoalStatus {
    ACTIVE,
    ACHIEVED,
    DROPPED
}
