package dev.tandem.health;

/**
 * The signals the index raises. Those that need data from modules still to come (surveys, contracts) join this list
 * when their facts exist.
 */
public enum SignalType {
    CHECK_IN_OVERDUE,
    PARTNER_DISENGAGING,
    COMMITMENTS_SLIPPING,
    GOALS_MISALIGNED,
    ONE_SIDED_INVESTMENT,
    MILESTONE_NOT_CELEBRATED(true),
    CONTRACT_WITHOUT_EXIT_TERMS,
    SATISFACTION_DROPPING,
    GROWING_TOGETHER;

    private final boolean draftsFromEvidence;

    SignalType() {
        this(false);
    }

    SignalType(boolean draftsFromEvidence) {
        this.draftsFromEvidence = draftsFromEvidence;
    }

    /** Whether its suggestion is a draft filled with the facts of its evidence (names, titles). */
    public boolean draftsFromEvidence() {
        return draftsFromEvidence;
    }
}
