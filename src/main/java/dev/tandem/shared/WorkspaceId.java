package dev.tandem.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The tenant every row belongs to. */
public record WorkspaceId(UUID value) implements Serializable {

    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkspaceId of(UUID value) {
        return new WorkspaceId(value);
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
