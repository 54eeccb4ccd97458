package dev.tandem.shared;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a record stands after somebody else changed it since the version a write was based on: its version now, who
 * changed it last and when, and the fields whose stored value now differs from what the write wanted. A form shows
 * it beside the user's kept input; the API puts it in the 409 or 412 problem.
 */
public record ChangedMeanwhile(
        long version, @Nullable String by, @Nullable Instant at, List<String> fields) {

    /** What every versioned record keeps about itself: never a field a user changed. */
    private static final Set<String> BOOKKEEPING =
            Set.of("version", "updatedBy", "updatedAt", "createdBy", "createdAt");

    public ChangedMeanwhile {
        fields = List.copyOf(fields);
    }

    /**
     * The names of the components of {@code wanted} whose value differs from the same-named component of
     * {@code stored}, in declaration order; the records may be of different types (a stored contact, the input
     * replacing it). Empty text, an empty list and null count as the same.
     */
    public static List<String> differing(Record stored, Record wanted) {
        Map<String, Object> now = new HashMap<>();
        for (var component : stored.getClass().getRecordComponents()) {
            now.put(component.getName(), value(component, stored));
        }
        List<String> names = new ArrayList<>();
        for (var component : wanted.getClass().getRecordComponents()) {
            if (now.containsKey(component.getName())
                    && !BOOKKEEPING.contains(component.getName())
                    && !Objects.equals(now.get(component.getName()), value(component, wanted))) {
                names.add(component.getName());
            }
        }
        return names;
    }

    private static @Nullable Object value(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            Object value = accessor.invoke(record);
            if (value instanceof String text) {
                return text.isBlank() ? null : text.strip();
            }
            return value instanceof Collection<?> list && list.isEmpty() ? null : value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
