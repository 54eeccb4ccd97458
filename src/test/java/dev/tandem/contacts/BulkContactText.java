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

    private BulkContactText() {
    }

    public static Set<String> terms(List<@Nullable String> texts) {
        return SearchText.terms(texts);
    }

    /** The first letters of a term that a search by three letters or more reads it by. */
    public static String head(String term) {
        return SearchText.head(term);
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
