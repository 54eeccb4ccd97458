package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects what a file says about one contact, field by field, into a {@link ContactDraft}: blanks
 * are left out, repeated emails, phones and tags kept once, and the first value of a single field wins.
 */
final class DraftBuilder {

    private final Map<ContactField, String> single = new EnumMap<>(ContactField.class);
    private final Set<String> emails = new LinkedHashSet<>();
    private final Set<String> phones = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private ContactDraft.@Nullable Photo photo;

    DraftBuilder set(ContactField field, @Nullable String value) {
        String clean = clean(value);
        if (clean == null) {
            return this;
        }
        switch (field) {
            case EMAIL -> emails.add(clean);
            case PHONE -> phones.add(clean);
            case TAGS -> tags.add(clean);
            default -> single.putIfAbsent(field, clean);
        }
        return this;
    }

    DraftBuilder photo(ContactDraft.@Nullable Photo value) {
        photo = value;
        return this;
    }

    /** Whether the file said anything at all about this contact. */
    boolean isEmpty() {
        return single.isEmpty() && emails.isEmpty() && phones.isEmpty() && tags.isEmpty() && photo == null;
    }

    /** The draft; its display name is the file's, else given and family name joined, else empty. */
    ContactDraft build() {
        String display = single.get(ContactField.DISPLAY_NAME);
        if (display == null) {
            List<String> parts = new ArrayList<>();
            addIfPresent(parts, single.get(ContactField.GIVEN_NAME));
            addIfPresent(parts, single.get(ContactField.FAMILY_NAME));
            display = String.join(" ", parts);
        }
        return new ContactDraft(
                get(ContactField.GIVEN_NAME),
                get(ContactField.FAMILY_NAME),
                display,
                List.copyOf(emails),
                List.copyOf(phones),
                get(ContactField.ORGANIZATION),
                get(ContactField.TITLE),
                get(ContactField.DEPARTMENT),
                get(ContactField.LINKEDIN),
                get(ContactField.X_HANDLE),
                get(ContactField.WEBSITE),
                List.copyOf(tags),
                get(ContactField.LANGUAGE),
                get(ContactField.TIME_ZONE),
                get(ContactField.HOW_WE_MET),
                get(ContactField.NOTES),
                photo);
    }

    private @Nullable String get(ContactField field) {
        return single.get(field);
    }

    private static void addIfPresent(List<String> parts, @Nullable String value) {
        if (value != null) {
            parts.add(value);
        }
    }

    static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
