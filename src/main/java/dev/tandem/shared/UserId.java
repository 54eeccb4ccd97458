package dev.tandem.shared;

import java.util.UUID;

/** A person who can sign in. */
public record UserId(UUID value) implements java.io.Serializable {

    public UserId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
