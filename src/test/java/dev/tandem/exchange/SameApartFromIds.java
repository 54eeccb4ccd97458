package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Compares two workspace exports value by value, where an id of the first may stand for another id in the second:
 * the first time an id is met it is paired with the id at the same place, and from then on it must always stand
 * for that one, both ways (a bijection). So every reference must point to the counterpart of what it pointed to.
 */
final class SameApartFromIds {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    final Map<UUID, UUID> forth = new HashMap<>();
    private final Map<UUID, UUID> back = new HashMap<>();
    final List<String> differences = new ArrayList<>();

    static SameApartFromIds compare(JsonNode first, JsonNode second) {
        var comparison = new SameApartFromIds();
        comparison.walk("$", first, second);
        return comparison;
    }

    private void walk(String path, JsonNode a, JsonNode b) {
        if (differences.size() > 20) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            if (!List.copyOf(a.propertyNames()).equals(List.copyOf(b.propertyNames()))) {
                differences.add(path + ": keys " + a.propertyNames() + " vs " + b.propertyNames());
                return;
            }
            for (String key : a.propertyNames()) {
                walk(path + "." + key, a.get(key), b.get(key));
            }
        } else if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                differences.add(path + ": " + a.size() + " items vs " + b.size());
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i));
            }
        } else if (a.isString() && b.isString()) {
            text(path, a.stringValue(), b.stringValue());
        } else if (!a.equals(b)) {
            differences.add(path + ": " + a + " vs " + b);
        }
    }

    private void text(String path, String a, String b) {
        Matcher left = UUID_TEXT.matcher(a);
        Matcher right = UUID_TEXT.matcher(b);
        StringBuilder mapped = new StringBuilder();
        while (left.find()) {
            if (!right.find()) {
                differences.add(path + ": " + a + " vs " + b);
                return;
            }
            UUID from = UUID.fromString(left.group());
            UUID to = UUID.fromString(right.group());
            UUID paired = forth.putIfAbsent(from, to);
            UUID pairedBack = back.putIfAbsent(to, from);
            if ((paired != null && !paired.equals(to)) || (pairedBack != null && !pairedBack.equals(from))) {
                differences.add(path + ": " + from + " stood for " + paired + ", here for " + to);
                return;
            }
            left.appendReplacement(mapped, to.toString());
        }
        left.appendTail(mapped);
        if (!mapped.toString().equals(b)) {
            differences.add(path + ": " + abbreviated(a) + " vs " + abbreviated(b));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    void assertSame() {
        assertThat(differences).as("differences between the two exports").isEmpty();
    }

    /** Ids of the first that became other ids in the second (not accounts, which stay the same on one server). */
    long renumbered() {
        return forth.entrySet().stream()
                .filter(e -> !e.getKey().equals(e.getValue()))
                .count();
    }
}
