package dev.tandem.contacts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contact as a file describes it (vCard, CSV) or an export writes it: everything but ids. The
 * first email is the primary one. {@code organizationName} is matched to an organisation of the
 * workspace by name (created when missing).
 */
public record ContactDraft(
        @Nullable String givenName,
        @Nullable String familyName,
        String displayName,
        List<String> emails,
        List<String> phones,
        @Nullable String organizationName,
        @Nullable String title,
        @Nullable String department,
        @Nullable String linkedinUrl,
        @Nullable String xHandle,
        @Nullable String website,
        List<String> tags,
        @Nullable String preferredLanguage,
        @Nullable String timeZone,
        @Nullable String howWeMet,
        @Nullable String notes,
        @Nullable Photo photo) {

    /** A picture of the contact, as bytes with their media type (e.g. image/jpeg). */
    public record Photo(byte[] data, String mediaType) {}

    public ContactDraft {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        tags = List.copyOf(tags);
    }

    /** The same draft with another photo, or none. */
    public ContactDraft withPhoto(@Nullable Photo other) {
        return new ContactDraft(
                givenName,
                familyName,
                displayName,
                emails,
                phones,
                organizationName,
                title,
                department,
                linkedinUrl,
                xHandle,
                website,
                tags,
                preferredLanguage,
                timeZone,
                howWeMet,
                notes,
                other);
    }
}
