package dev.tandem.health;

import org.springframework.context.ApplicationContext;

/** Runs one node's daily health job now, as its schedule would (for tests outside this package). */
public final class DecayRuns {

    private DecayRuns() {}

    /** How many partnerships this node advanced. */
    public static int advance(ApplicationContext node) {
        return node.getBean(HealthDecay.class).advance();
    }
}
