package dev.tandem.ledger;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an entry is. TIME is counted in hours and MONEY in an ISO 4217 currency; every other kind in items, each worth
 * the points the workspace gives that kind. Contributions and rewards each use their own kinds (MONEY and OTHER are
 * both: money put in, revenue got out).
 */
public enum EntryKind {
    TIME,
    MONEY,
    RESOURCE,
    INTRODUCTION,
    EXPERTISE,
    LEADS,
    LEARNING,
    REPUTATION,
    ACCESS,
    OTHER;

    public static final Set<EntryKind> CONTRIBUTIONS =
            EnumSet.of(TIME, MONEY, RESOURCE, INTRODUCTION, EXPERTISE, OTHER);
    public static final Set<EntryKind> REWARDS = EnumSet.of(MONEY, LEADS, LEARNING, REPUTATION, ACCESS, OTHER);

    public static Set<EntryKind> of(Flow flow) {
        return flow == Flow.CONTRIBUTION ? CONTRIBUTIONS : REWARDS;
    }

    /** Counted in items, each worth the kind's points. */
    public boolean itemised() {
        return this != TIME && this != MONEY;
    }
}
