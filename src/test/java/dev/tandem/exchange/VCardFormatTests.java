package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.contacts.ContactDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class VCardFormatTests {

    private static List<ContactDraft> read(String file) {
        return VCardFormat.read(FileText.decode(Files.bytes(file)));
    }

    @Test
    void readsVCard21WithQuotedPrintableCharsetsFoldedBase64AndPreferredEmail() {
        List<ContactDraft> drafts = read("contacts-2.1.vcf");

        assertThat(drafts).extracting(ContactDraft::displayName).containsExactly("José Núñez", "Zoë Müller", "王小明");
        ContactDraft jose = drafts.get(0);
        assertThat(jose.givenName()).isEqualTo("José");
        assertThat(jose.familyName()).isEqualTo("Núñez");
        assertThat(jose.emails()).containsExactly("jose@example.es", "jose.work@example.es");
        assertThat(jose.phones()).containsExactly("+34 600 111 222", "+34 91 555 0100");
        assertThat(jose.organizationName()).isEqualTo("Núñez & Hijos");
        assertThat(jose.department()).isEqualTo("Ventas");
        assertThat(jose.title()).isEqualTo("Director");
        assertThat(jose.notes()).isEqualTo("Conocido en la feria de Valencia\r\nSegunda línea de notas");
        assertThat(jose.photo()).isNotNull();
        assertThat(jose.photo().mediaType()).isEqualTo("image/png");
        assertThat(jose.photo().data()).isEqualTo(Files.bytes("photo.png"));
        assertThat(drafts.get(2).givenName()).isEqualTo("小明");
        assertThat(drafts.get(2).familyName()).isEqualTo("王");
    }

    @Test
    void readsVCard30WithGroupsEscapesSocialProfilesAndCategories() {
        ContactDraft ada = read("contacts-3.0.vcf").get(0);

        assertThat(ada.emails()).containsExactly("ada@home.example", "ada@engines.example");
        assertThat(ada.organizationName()).isEqualTo("Analytical Engines, Ltd.");
        assertThat(ada.department()).isEqualTo("Research; Computing");
        assertThat(ada.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ada-lovelace");
        assertThat(ada.website()).isEqualTo("https://engines.example");
        assertThat(ada.xHandle()).isEqualTo("@countess_ada");
        assertThat(ada.tags()).containsExactly("mentor", "math,history");
        assertThat(ada.notes())
                .isEqualTo(
                        "Met at the Royal Society, 1843.\nPrefers letters; dislikes calls.Folded continuation of the note.");
    }

    @Test
    void readsVCard40WithPrefUriPhonesLanguageTimeZoneAndDataUriPhoto() {
        ContactDraft grace = read("contacts-4.0.vcf").get(0);

        assertThat(grace.emails()).containsExactly("grace@cobol.example", "grace@navy.example");
        assertThat(grace.phones()).containsExactly("+1-202-555-0199");
        assertThat(grace.xHandle()).isEqualTo("@amazing_grace");
        assertThat(grace.linkedinUrl()).isEqualTo("https://linkedin.com/in/grace");
        assertThat(grace.preferredLanguage()).isEqualTo("en-US");
        assertThat(grace.timeZone()).isEqualTo("America/New_York");
        assertThat(grace.howWeMet()).isEqualTo("Conference, 1952");
        assertThat(grace.photo().data()).isEqualTo(Files.bytes("photo.png"));
    }

    @Test
    void refusesGarbageAndTruncatedFiles() {
        assertThatThrownBy(() -> ParsedFile.read(Files.bytes("garbage.bin"), null, List.of()))
                .isInstanceOf(UnreadableFile.class);
        assertThatThrownBy(() -> read("truncated.vcf"))
                .isInstanceOf(UnreadableFile.class)
                .extracting("messageKey")
                .isEqualTo("exchange.unreadable.truncated");
        assertThatThrownBy(() -> ParsedFile.read(Files.bytes("google.csv"), FileFormat.VCARD, List.of()))
                .isInstanceOf(UnreadableFile.class);
    }

    /** Found by fuzzing: an offset out of range ("-0199") ended the whole file with an exception. */
    @Test
    void aTimeZoneOffsetOutOfRangeIsLeftOutAndTheCardStillReads() {
        List<ContactDraft> drafts = VCardFormat.read("""
                BEGIN:VCARD\r
                VERSION:3.0\r
                FN:Grace Hopper\r
                TZ;VALUE=text:-0199\r
                TZ:+0199\r
                END:VCARD\r
                """);
        assertThat(drafts).singleElement().satisfies(grace -> {
            assertThat(grace.displayName()).isEqualTo("Grace Hopper");
            assertThat(grace.timeZone()).isNull();
        });
    }
}
