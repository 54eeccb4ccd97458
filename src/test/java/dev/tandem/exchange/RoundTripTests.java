package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.contacts.ContactDraft;
import ezvcard.VCardVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whatever Tandem exports, it imports back as the same drafts. */
class RoundTripTests {

    static final ContactDraft FULL = new ContactDraft(
            "José",
            "Núñez, Jr.",
            "José Núñez; the elder",
            List.of("jose@example.es", "JOSE.work@example.es"),
            List.of("+34 600 111 222", "+34 91 555 0100"),
            "Núñez & Hijos, S.L.",
            "Director; Sales",
            "Ventas\\Export",
            "https://www.linkedin.com/in/jose-nunez",
            "@jose_n",
            "https://nunez.example/about?x=1,2",
            List.of("client", "R&D; EMEA", "a,b"),
            "es-ES",
            "Europe/Madrid",
            "Trade fair, Valencia; 2019\nintroduced by Ana",
            "Line one, with comma;\nline \"two\"\n\\ end",
            new ContactDraft.Photo(Files.bytes("photo.png"), "image/png"));

    static final ContactDraft SPARSE = new ContactDraft(
            null, null, "王小明", List.of(), List.of(), null, null, "Lab", null, null, null, List.of(), null, null, null,
            null, null);

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anExportReadsBackAsTheSameDrafts(ExportFormat format) {
        List<ContactDraft> drafts = List.of(FULL, SPARSE);
        String text =
                format == ExportFormat.CSV ? CsvFormat.write(drafts) : VCardFormat.write(drafts, format.vcardVersion());

        ParsedFile file = ParsedFile.read(text.getBytes(StandardCharsets.UTF_8), null, List.of());

        List<ContactDraft> back =
                file.entries().stream().map(ParsedFile.Entry::draft).toList();
        List<ContactDraft> expected = format == ExportFormat.CSV ? List.of(withoutPhoto(FULL), SPARSE) : drafts;
        assertThat(back).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(
            value = ExportFormat.class,
            names = {"VCARD", "VCARD3"})
    void writesTheRequestedVCardVersion(ExportFormat format) {
        String text = VCardFormat.write(List.of(FULL), format.vcardVersion());
        assertThat(text).contains("VERSION:" + format.vcardVersion().getVersion());
        assertThat(text).contains(format == ExportFormat.VCARD ? "LANG:es-ES" : "X-TANDEM-LANG:es-ES");
        assertThat(VCardVersion.valueOfByStr(format.vcardVersion().getVersion()))
                .isNotNull();
    }

    private static ContactDraft withoutPhoto(ContactDraft d) {
        return new ContactDraft(
                d.givenName(),
                d.familyName(),
                d.displayName(),
                d.emails(),
                d.phones(),
                d.organizationName(),
                d.title(),
                d.department(),
                d.linkedinUrl(),
                d.xHandle(),
                d.website(),
                d.tags(),
                d.preferredLanguage(),
                d.timeZone(),
                d.howWeMet(),
                d.notes(),
                null);
    }
}
