package dev.tandem.shared;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of a list, newest first, with the cursor of the next page when there is one. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    /** Builds a page from rows fetched with {@link PageRequest#fetchSize()}. */
    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, UUID> id) {
        if (rows.size() <= request.limit()) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, request.limit()));
        return new Page<>(items, PageRequest.encode(id.apply(items.get(items.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
