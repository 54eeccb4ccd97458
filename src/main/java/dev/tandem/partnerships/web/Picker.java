package dev.tandem.partnerships.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A live-search picker of one counterpart: radio options named {@code field}, the chosen one first,
 * then the matches of {@code query}; {@code url} answers new matches as they are typed.
 *
 * @param kind "contact" or "organization": element ids and message keys
 * @param none whether "nobody" is an option (the partnership form), or a choice is required (the hub)
 */
record Picker(
        String kind,
        String field,
        String url,
        @Nullable Choice selected,
        List<Choice> matches,
        String query,
        boolean none) {

    /** One option: a name, and a detail that tells namesakes apart (a contact's organisation). */
    record Choice(UUID id, String label, @Nullable String detail) {}

    Picker {
        matches = List.copyOf(matches);
    }

    /** The query's parameter name, so that a plain form post carries it along. */
    public String queryField() {
        return kind + "Q";
    }
}
