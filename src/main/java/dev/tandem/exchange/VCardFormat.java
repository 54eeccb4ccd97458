package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardDataType;
import ezvcard.VCardVersion;
import ezvcard.io.CannotParseException;
import ezvcard.io.ParseContext;
import ezvcard.io.scribe.TimezoneScribe;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.StructuredName;
import ezvcard.property.Timezone;
import ezvcard.property.Url;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Contacts as vCards. Reads 2.1, 3.0 and 4.0 (ez-vcard does the folding, quoted-printable, charsets,
 * groups and escaping); writes 4.0 or 3.0, with {@code X-TANDEM-*} properties for what vCard has no
 * property for, so that an export reads back without loss.
 */
final class VCardFormat {

    static final String HOW_WE_MET = "X-TANDEM-HOW-WE-MET";
    static final String LANG_3 = "X-TANDEM-LANG";
    static final String TZ_3 = "X-TANDEM-TZ";
    static final String SOCIAL = "X-SOCIALPROFILE";

    private static final Pattern BEGIN =
            Pattern.compile("(?im)^[ \\t]*(?:[\\w-]+\\.)?BEGIN[ \\t]*:[ \\t]*VCARD[ \\t]*$");
    private static final Pattern END = Pattern.compile("(?im)^[ \\t]*(?:[\\w-]+\\.)?END[ \\t]*:[ \\t]*VCARD[ \\t]*$");

    private VCardFormat() {}

    /** Whether the text is meant to be vCards: its first non-blank line opens one. */
    static boolean looksLikeVCard(String text) {
        return BEGIN.matcher(text).lookingAt()
                || BEGIN.matcher(text.stripLeading()).lookingAt();
    }

    /** Every vCard of the text, in order; a text that is not complete vCards is refused as a whole. */
    static List<ContactDraft> read(String text) {
        List<ContactDraft> drafts = new ArrayList<>();
        read(text, drafts::add);
        return drafts;
    }

    /** Each vCard of the text in order, parsed as it is reached; refused as a whole as {@link #read(String)}. */
    static void read(String text, Consumer<ContactDraft> action) {
        if (!looksLikeVCard(text)) {
            throw new UnreadableFile("exchange.unreadable.vcard");
        }
        // ez-vcard forgives a missing END:VCARD; a truncated file should not be half-imported.
        if (BEGIN.matcher(text).results().count() != END.matcher(text).results().count()) {
            throw new UnreadableFile("exchange.unreadable.truncated");
        }
        int read = 0;
        try (VCardReader reader = new VCardReader(text)) {
            reader.registerScribe(new OffsetsInRangeScribe());
            for (VCard card = reader.readNext(); card != null; card = reader.readNext()) {
                action.accept(VCardReading.draft(card));
                read++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read == 0) {
            throw new UnreadableFile("exchange.unreadable.vcard");
        }
    }

    /**
     * ez-vcard's time zone, except that an offset out of range ("TZ:-0199", found by fuzzing) is a value it cannot
     * parse, kept aside like any other, instead of a {@link DateTimeException} that ends the whole file.
     */
    private static final class OffsetsInRangeScribe extends TimezoneScribe {

        @Override
        protected Timezone _parseText(
                String value, VCardDataType dataType, VCardParameters parameters, ParseContext context) {
            try {
                return super._parseText(value, dataType, parameters, context);
            } catch (DateTimeException e) {
                throw new CannotParseException(e.getMessage());
            }
        }
    }

    /** The drafts as vCards of the given version (4.0 or 3.0), CRLF line ends, folded lines. */
    static String write(List<ContactDraft> drafts, VCardVersion version) {
        List<VCard> cards = drafts.stream().map(draft -> card(draft, version)).toList();
        return Ezvcard.write(cards).version(version).prodId(false).go();
    }

    private static VCard card(ContactDraft draft, VCardVersion version) {
        boolean v4 = version == VCardVersion.V4_0;
        VCard card = new VCard();
        StructuredName name = new StructuredName();
        name.setGiven(draft.givenName());
        name.setFamily(draft.familyName());
        card.setStructuredName(name);
        card.setFormattedName(draft.displayName());
        for (int i = 0; i < draft.emails().size(); i++) {
            Email email = card.addEmail(draft.emails().get(i));
            if (i == 0) {
                email.setPref(1); // written as TYPE=pref in 3.0
            }
        }
        draft.phones().forEach(card::addTelephoneNumber);
        if (draft.organizationName() != null || draft.department() != null) {
            Organization organization = new Organization();
            organization.getValues().add(draft.organizationName() == null ? "" : draft.organizationName());
            if (draft.department() != null) {
                organization.getValues().add(draft.department());
            }
            card.setOrganization(organization);
        }
        if (draft.title() != null) {
            card.addTitle(draft.title());
        }
        url(card, draft.linkedinUrl(), VCardReading.LINKEDIN);
        url(card, draft.website(), "work");
        if (draft.xHandle() != null) {
            card.addExtendedProperty(SOCIAL, Escaping.escape(draft.xHandle()))
                    .getParameters()
                    .setType("x");
        }
        if (!draft.tags().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(draft.tags());
            card.setCategories(categories);
        }
        if (draft.preferredLanguage() != null) {
            if (v4) {
                card.addLanguage(draft.preferredLanguage());
            } else {
                card.addExtendedProperty(LANG_3, Escaping.escape(draft.preferredLanguage()));
            }
        }
        if (draft.timeZone() != null) {
            if (v4) {
                card.setTimezone(new Timezone(draft.timeZone()));
            } else {
                card.addExtendedProperty(TZ_3, Escaping.escape(draft.timeZone()));
            }
        }
        if (draft.howWeMet() != null) {
            card.addExtendedProperty(HOW_WE_MET, Escaping.escape(draft.howWeMet()));
        }
        if (draft.notes() != null) {
            card.addNote(draft.notes());
        }
        if (draft.photo() != null) {
            ImageType type = ImageType.get(null, draft.photo().mediaType(), null);
            card.addPhoto(new Photo(draft.photo().data(), type));
        }
        return card;
    }

    private static void url(VCard card, @Nullable String value, String type) {
        if (value != null) {
            Url url = new Url(value);
            url.setType(type);
            card.addUrl(url);
        }
    }
}
