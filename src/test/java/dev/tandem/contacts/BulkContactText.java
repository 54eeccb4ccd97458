package dev.tandem.contacts;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the contacts module derives from a contact's text (search terms, sort key, tag and email keys),
 * for test code that writes contacts in bulk, straight to the tables (the benchmark generator), so that
 * search finds them exactly as it finds contacts made through {@link ContactService}.
 */
public final class BulkContactText {

    private BulkContactText() {}

    public static Set<String> terms(List<@Nullable String> texts) {
        return SearchText.terms(texts);
    }

    /**
     * The kept prefixes of a contact's terms, each {@code {prefix, term}}: a row a search by name reads in name
     * order.
     */
    public static List<String[]> keptPrefixes(Set<String> terms) {
        return SearchText.keptPrefixes(terms).stream()
                .map(kept -> new String[] {kept.prefix(), kept.term()})
                .toList();
    }

    public static String sortKey(String name) {
        return SearchText.sortKey(name);
    }

    /** Lower-case, accents stripped: the form tags are keyed by and emails are built from. */
    public static String fold(String text) {
        return SearchText.fold(text);
    }

    public static String tagKey(String tag) {
        return Tags.key(tag);
    }

    public static String emailKey(String email) {
        return ContactChannels.emailKey(email);
    }

    public static String phoneKey(String phone) {
        return ContactChannels.phoneKey(phone);
    }
}
