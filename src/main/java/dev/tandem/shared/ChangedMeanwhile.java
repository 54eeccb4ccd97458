package dev.tandem.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a record stands after somebody else changed it since the version a write was based on: its version now, who
 * changed it last and when, and the fields whose stored value now differs from what the write wanted. A form shows
 * it beside the user's kept input; the API puts it in the 409 or 412 problem.
 */
public record ChangedMeanwhile(long version, @Nullable String by, @Nullable Instant at, List<String> fields) {

    public ChangedMeanwhile {
        fields = List.copyOf(fields);
    }

    /** The names of the components of two records of one type whose values differ, in declaration order. */
    public static List<String> differing(Record stored, Record wanted) {
        if (stored.getClass() != wanted.getClass()) {
            throw new IllegalArgumentException("Records of different types");
        }
        List<String> names = new ArrayList<>();
        try {
            for (var component : stored.getClass().getRecordComponents()) {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                if (!Objects.equals(accessor.invoke(stored), accessor.invoke(wanted))) {
                    names.add(component.getName());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
