package dev.tandem.partnerships;

import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a person edits of a partnership (all but its stage, which moves through {@link
 * Partnership#moveTo}). Texts are stripped, a blank purpose is none, and values are de-duplicated
 * ignoring case. Lengths are checked by the forms and the API before a command is built.
 *
 * @param organizationId the counterpart organisation, if any
 * @param contactId the counterpart person, if any
 */
public record PartnershipDetails(
        String name,
        PartnershipKind kind,
        UserId ownerId,
        @Nullable UUID organizationId,
        @Nullable UUID contactId,
        @Nullable String purpose,
        List<String> values,
        Cadence cadence,
        Visibility visibility) {

    public static final int MAX_VALUES = 20;
    public static final int VALUE_LENGTH = 50;

    public PartnershipDetails {
        name = name.strip();
        purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        values = normalize(values);
    }

    static List<String> normalize(List<String> values) {
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String raw : values) {
            String value = raw.strip();
            if (value.length() > VALUE_LENGTH) {
                throw new InvalidInput("partnership.values.length", VALUE_LENGTH).on("values");
            }
            if (!value.isEmpty() && seen.add(key(value))) {
                kept.add(value);
            }
        }
        if (kept.size() > MAX_VALUES) {
            throw new InvalidInput("partnership.values.count", MAX_VALUES).on("values");
        }
        return List.copyOf(kept);
    }

    /** How values compare: case-insensitively. */
    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
