package dev.tandem.goals;

import dev.tandem.partnerships.Side;
import java.util.Set;

/** What alignment judges of an ACTIVE shared goal: its owners and the sides of the own goals it serves. */
record ActiveGoal(boolean hasOurOwner, boolean hasTheirOwner, Set<Side> servedSides) {

    /** An owner on both sides, and an own goal of each side served. */
    boolean aligned() {
        return hasOurOwner && hasTheirOwner && servedSides.contains(Side.OURS) && servedSides.contains(Side.THEIRS);
    }
}
