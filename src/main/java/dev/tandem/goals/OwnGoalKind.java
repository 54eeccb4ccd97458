package dev.tandem.goals;

/** Whose interest an own goal states: a person's, or their organisation's. */
public enum OwnGoalKind {
    PERSONAL,
    ORGANISATIONAL
}
