package dev.tandem.health;

/** What the health index weighs, with the default weights of PRODUCT.md (configurable per workspace). */
public enum Factor {
    CADENCE(20),
    RELIABILITY(20),
    ENGAGEMENT(15),
    SATISFACTION(20),
    RECIPROCITY(15),
    ALIGNMENT(10);

    private final int defaultWeight;

    Factor(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}
