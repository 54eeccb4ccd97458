package dev.tandem.contacts;

import dev.tandem.shared.InvalidInput;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which contacts a list shows and in what order: {@code text} matches word prefixes of names,
 * emails, the organisation and tags (case- and accent-insensitively); {@code tag} and
 * {@code organizationId} narrow it.
 */
public record ContactQuery(
        @Nullable String text,
        @Nullable String tag,
        @Nullable UUID organizationId,
        Sort sort) {

    /** NAME: A to Z; RECENT: last contacted first; STALE: never or longest ago contacted first. */
    public enum Sort {
        NAME("name"),
        RECENT("-lastContacted"),
        STALE("lastContacted");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        /** The value of the {@code sort} request parameter. */
        public String param() {
            return param;
        }

        public static Sort ofParam(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return NAME;
            }
            for (Sort sort : values()) {
                if (sort.param.equals(value) || sort.name().equalsIgnoreCase(value)) {
                    return sort;
                }
            }
            throw new InvalidInput("problem.parameter", "sort").on("sort");
        }
    }

    public static ContactQuery all() {
        return new ContactQuery(null, null, null, Sort.NAME);
    }
}
