package dev.tandem.exchange;

import dev.tandem.shared.sections.Restoring;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Every id written anywhere in a document's sections: in id columns and inside texts. */
final class WrittenIds {

    private WrittenIds() {}

    static Set<UUID> in(Map<String, ? extends Map<String, ? extends List<? extends Map<String, ?>>>> sections) {
        Set<UUID> found = new LinkedHashSet<>();
        sections.values()
                .forEach(tables -> tables.values().forEach(rows -> rows.forEach(row -> add(row.values(), found))));
        return found;
    }

    private static void add(Collection<?> values, Set<UUID> found) {
        for (Object value : values) {
            if (value instanceof String text && text.indexOf('-') >= 0) {
                found.addAll(Restoring.uuidsIn(text));
            }
        }
    }
}
