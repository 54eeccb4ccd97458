package dev.tandem.health;

import java.util.Arrays;
import java.util.List;

/**
 * The facts behind a number, as a message ({@code health.evidence.<key>} of the health bundle) and its
 * arguments, so that each reader sees them in their own language.
 */
public record Evidence(String key, List<String> args) {

    public Evidence {
        args = List.copyOf(args);
    }

    static Evidence of(String key, Object... args) {
        return new Evidence(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public String messageKey() {
        return "health.evidence." + key;
    }
}
