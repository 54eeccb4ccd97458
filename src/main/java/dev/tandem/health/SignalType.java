package dev.tandem.health;

/**
 * The signals the index raises. Those that need data from modules still to come (contributions, surveys,
 * contracts, milestones) join this list when their facts exist.
 */
public enum SignalType {
    CHECK_IN_OVERDUE, PARTNER_DISENGAGING, COMMITMENTS_SLIPPING, GOALS_MISALIGNED,
    CONTRACT_WITHOUT_EXIT_TERMS, GROWING_TOGETHER
}
