package dev.tandem.health;

/** Something worth acting on (or celebrating), with its evidence; the suggested step depends on its {@link #advice()}. */
public record Signal(SignalType type, Severity severity, Evidence evidence, String advice) {

    /** The message key of the suggested next step, written for a person. */
    public String suggestionKey() {
        return "health.suggestion." + advice;
    }

    /** What the suggestion is filled with: the evidence's facts for a drafted message, nothing otherwise. */
    public Object[] suggestionArgs() {
        return type.draftsFromEvidence() ? evidence.args().toArray() : new Object[0];
    }
}
