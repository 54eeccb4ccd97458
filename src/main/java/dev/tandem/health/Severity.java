package dev.tandem.health;

/** How urgently a signal asks for attention, most urgent first; {@link #POSITIVE} is good news. */
public enum Severity {
    HIGH(20),
    MEDIUM(10),
    LOW(5),
    POSITIVE(0);

    private final int risk;

    Severity(int risk) {
        this.risk = risk;
    }

    /** What a signal of this severity adds to a partnership's risk (see {@link HealthReport#risk()}). */
    int risk() {
        return risk;
    }
}
