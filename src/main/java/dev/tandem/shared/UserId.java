package dev.tandem.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A person who can sign in. */
public record UserId(UUID value) implements Serializable {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    /** In JSON, the bare UUID. */
    @JsonValue
    public UUID json() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
