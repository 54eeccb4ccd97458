package dev.tandem.partnerships;

import dev.tandem.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Which partnerships a list shows and in which order; every criterion is optional.
 *
 * @param tag a value the partnership holds, compared ignoring case
 * @param text words found in the name or the purpose, ignoring case
 */
public record PartnershipFilter(
        @Nullable PartnershipKind kind,
        @Nullable Stage stage,
        @Nullable UserId ownerId,
        @Nullable String tag,
        @Nullable String text,
        Sort sort) {

    /**
     * The orders a list can take: by name (A–Z), by creation (newest first), or by last contact (most
     * recent first, never contacted last).
     */
    public enum Sort {
        NAME,
        CREATED,
        LAST_CONTACTED
    }

    public static final int TEXT_LENGTH = 100;

    public PartnershipFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static PartnershipFilter all() {
        return new PartnershipFilter(null, null, null, null, null, Sort.NAME);
    }
}
