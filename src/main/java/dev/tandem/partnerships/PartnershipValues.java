package dev.tandem.partnerships;

import java.util.List;

/**
 * The values each side of a partnership commits to in it (sustainability, equity, openness…): a value both sides
 * state is shared, the others are held by one side only. Values compare case-insensitively.
 *
 * @param values every value stated, in key order, with the sides that hold it
 * @param version the partnership's version: stating values changes the partnership
 */
public record PartnershipValues(List<Value> values, long version) {

    /** Suggested values, as message keys ({@code values.suggested.<key>}), offered beside free text. */
    public static final List<String> SUGGESTED =
            List.of("sustainability", "equity", "openness", "trust", "reciprocity", "inclusion", "learning");

    /** A value and which sides hold it. */
    public record Value(String label, boolean ours, boolean theirs) {}

    public PartnershipValues {
        values = List.copyOf(values);
    }

    /** The values both sides hold. */
    public List<String> shared() {
        return labels(true, true);
    }

    /** The values only our side holds. */
    public List<String> oursOnly() {
        return labels(true, false);
    }

    /** The values only their side holds. */
    public List<String> theirsOnly() {
        return labels(false, true);
    }

    /** Every value one side holds, shared ones included. */
    public List<String> of(Side side) {
        return values.stream()
                .filter(v -> side == Side.OURS ? v.ours() : v.theirs())
                .map(Value::label)
                .toList();
    }

    /** The message keys of the suggested values. */
    public List<String> suggestedKeys() {
        return SUGGESTED.stream().map(k -> "values.suggested." + k).toList();
    }

    /** Whether {@code side} (OURS or THEIRS) holds {@code label}, ignoring case. */
    public boolean holds(String side, String label) {
        String key = PartnershipDetails.key(label);
        return of(Side.valueOf(side)).stream()
                .anyMatch(v -> PartnershipDetails.key(v).equals(key));
    }

    /** The values {@code side} holds that are not among {@code labels} (the suggestions shown), ignoring case. */
    public List<String> others(String side, List<String> labels) {
        var keys = labels.stream().map(PartnershipDetails::key).toList();
        return of(Side.valueOf(side)).stream()
                .filter(v -> !keys.contains(PartnershipDetails.key(v)))
                .toList();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private List<String> labels(boolean ours, boolean theirs) {
        return values.stream()
                .filter(v -> v.ours() == ours && v.theirs() == theirs)
                .map(Value::label)
                .toList();
    }
}
