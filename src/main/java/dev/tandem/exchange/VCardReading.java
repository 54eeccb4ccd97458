package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import ezvcard.VCard;
import ezvcard.parameter.ImageType;
import ezvcard.property.Email;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.Timezone;
import ezvcard.property.Url;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One parsed vCard as a draft: which property feeds which field, whatever the vCard's version. */
final class VCardReading {

    static final String LINKEDIN = "linkedin";

    private VCardReading() {}

    static ContactDraft draft(VCard card) {
        DraftBuilder draft = new DraftBuilder();
        if (card.getStructuredName() != null) {
            draft.set(ContactField.GIVEN_NAME, card.getStructuredName().getGiven());
            draft.set(ContactField.FAMILY_NAME, card.getStructuredName().getFamily());
        }
        if (card.getFormattedName() != null) {
            draft.set(ContactField.DISPLAY_NAME, card.getFormattedName().getValue());
        }
        card.getEmails().stream()
                .sorted(Comparator.comparingInt(VCardReading::preference))
                .forEach(email -> draft.set(ContactField.EMAIL, email.getValue()));
        card.getTelephoneNumbers().forEach(phone -> draft.set(ContactField.PHONE, number(phone)));
        if (card.getOrganization() != null) {
            var values = card.getOrganization().getValues();
            draft.set(ContactField.ORGANIZATION, values.isEmpty() ? null : values.get(0));
            draft.set(ContactField.DEPARTMENT, values.size() < 2 ? null : values.get(1));
        }
        card.getTitles().forEach(title -> draft.set(ContactField.TITLE, title.getValue()));
        card.getUrls().forEach(url -> url(draft, url));
        for (RawProperty social : card.getExtendedProperties(VCardFormat.SOCIAL)) {
            social(draft, social.getParameters().getType(), Escaping.unescape(social.getValue()));
        }
        card.getExtendedProperties("X-TWITTER")
                .forEach(x -> draft.set(ContactField.X_HANDLE, Escaping.unescape(x.getValue())));
        card.getCategoriesList()
                .forEach(categories -> categories.getValues().forEach(tag -> draft.set(ContactField.TAGS, tag)));
        card.getLanguages().forEach(language -> draft.set(ContactField.LANGUAGE, language.getValue()));
        raw(draft, card, VCardFormat.LANG_3, ContactField.LANGUAGE);
        draft.set(ContactField.TIME_ZONE, zone(card.getTimezone()));
        raw(draft, card, VCardFormat.TZ_3, ContactField.TIME_ZONE);
        raw(draft, card, VCardFormat.HOW_WE_MET, ContactField.HOW_WE_MET);
        if (!card.getNotes().isEmpty()) {
            draft.set(
                    ContactField.NOTES,
                    String.join(
                            "\n",
                            card.getNotes().stream()
                                    .map(note -> note.getValue())
                                    .toList()));
        }
        card.getPhotos().stream()
                .filter(photo -> photo.getData() != null)
                .findFirst()
                .ifPresent(photo -> draft.photo(new ContactDraft.Photo(photo.getData(), mediaType(photo))));
        return draft.build();
    }

    /** The primary email first: PREF=1 in 4.0, TYPE=pref in 2.1 and 3.0; otherwise the file's order. */
    private static int preference(Email email) {
        Integer pref;
        try {
            pref = email.getPref();
        } catch (IllegalStateException malformed) {
            pref = null; // "PREF=2a" (found by fuzzing): no preference, rather than a 500
        }
        if (pref != null) {
            return pref;
        }
        boolean typedPref = email.getParameters().getTypes().stream().anyMatch(type -> type.equalsIgnoreCase("pref"));
        return typedPref ? 1 : Integer.MAX_VALUE;
    }

    private static @Nullable String number(Telephone phone) {
        return phone.getText() != null
                ? phone.getText()
                : phone.getUri() == null ? null : phone.getUri().getNumber();
    }

    private static void url(DraftBuilder draft, Url url) {
        String value = url.getValue();
        String type = url.getType() == null ? "" : url.getType().toLowerCase(Locale.ROOT);
        if (value == null) {
            return;
        }
        // An untyped link (or Apple's type=pref) is told by its address; Tandem types a website it writes "work".
        boolean byAddress = type.isEmpty() || type.equals("pref");
        if (type.equals(LINKEDIN) || (byAddress && Social.isLinkedIn(value))) {
            draft.set(ContactField.LINKEDIN, value);
        } else if (type.equals("x") || type.equals("twitter") || (byAddress && Social.isX(value))) {
            draft.set(ContactField.X_HANDLE, Social.xHandle(value));
        } else {
            draft.set(ContactField.WEBSITE, value);
        }
    }

    private static void social(DraftBuilder draft, @Nullable String type, @Nullable String value) {
        if (value == null) {
            return;
        }
        String kind = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (kind.equals(LINKEDIN) || (kind.isEmpty() && Social.isLinkedIn(value))) {
            draft.set(ContactField.LINKEDIN, value);
        } else if (kind.equals("x") || kind.equals("twitter")) {
            draft.set(ContactField.X_HANDLE, Social.xHandle(value));
        }
    }

    private static void raw(DraftBuilder draft, VCard card, String name, ContactField field) {
        card.getExtendedProperties(name).forEach(property -> draft.set(field, Escaping.unescape(property.getValue())));
    }

    private static @Nullable String zone(@Nullable Timezone zone) {
        if (zone == null) {
            return null;
        }
        return zone.getText() != null
                ? zone.getText()
                : zone.getOffset() == null ? null : zone.getOffset().getId();
    }

    private static String mediaType(Photo photo) {
        ImageType type = photo.getContentType();
        return type != null && type.getMediaType() != null ? type.getMediaType() : "image/jpeg";
    }
}
