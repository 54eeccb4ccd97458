package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.contacts.ContactDraft;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTests {

    private static ParsedFile read(String file) {
        return ParsedFile.read(Files.bytes(file), null, List.of());
    }

    private static List<ContactDraft> drafts(ParsedFile file) {
        return file.entries().stream().map(ParsedFile.Entry::draft).toList();
    }

    @Test
    void readsGoogleContactsWithListsInOneCellAndSystemGroupsLeftOut() {
        ParsedFile file = read("google.csv");

        assertThat(file.table().preset()).isEqualTo(CsvPreset.GOOGLE);
        ContactDraft margaret = drafts(file).get(0);
        assertThat(margaret.displayName()).isEqualTo("Margaret Hamilton");
        assertThat(margaret.emails())
                .containsExactly("margaret@mit.example", "mh@nasa.example", "margaret.home@example.com");
        assertThat(margaret.phones()).containsExactly("+1 617 555 0101");
        assertThat(margaret.organizationName()).isEqualTo("MIT");
        assertThat(margaret.title()).isEqualTo("Director");
        assertThat(margaret.department()).isEqualTo("Software Engineering");
        assertThat(margaret.website()).isEqualTo("https://mit.example");
        assertThat(margaret.tags()).containsExactly("Space");
        assertThat(margaret.notes()).isEqualTo("Apollo software lead, met at MIT");
        assertThat(drafts(file).get(1).phones()).containsExactly("+1 757 555 0102", "+1 757 555 0103");
        assertThat(drafts(file).get(2).displayName()).isEmpty();
    }

    @Test
    void readsOutlookWithQuotedCommasAndTheHonorificLeftOut() {
        ParsedFile file = read("outlook.csv");

        assertThat(file.table().preset()).isEqualTo(CsvPreset.OUTLOOK);
        ContactDraft alan = drafts(file).get(0);
        assertThat(alan.displayName()).isEqualTo("Alan Turing");
        assertThat(alan.organizationName()).isEqualTo("Bletchley Park, Hut 8");
        assertThat(alan.title()).isEqualTo("Head of Hut 8");
        assertThat(alan.department()).isEqualTo("Cryptanalysis");
        assertThat(alan.emails()).containsExactly("alan@bletchley.example", "aturing@manchester.example");
        assertThat(alan.phones()).containsExactly("+44 1908 640404", "+44 7700 900123");
        assertThat(alan.tags()).containsExactly("Codebreakers", "Mentors");
        assertThat(alan.website()).isEqualTo("https://turing.example");
    }

    @Test
    void readsLinkedInConnectionsAfterTheirNotesWithQuotedCommasAndNoEmails() {
        ParsedFile file = read("linkedin-connections.csv");

        assertThat(file.format()).isEqualTo(FileFormat.LINKEDIN);
        assertThat(file.table().headers()).startsWith("First Name", "Last Name", "URL");
        List<ContactDraft> drafts = drafts(file);
        assertThat(drafts).hasSize(4);
        assertThat(drafts.get(0).linkedinUrl()).isEqualTo("https://www.linkedin.com/in/linus");
        assertThat(drafts.get(0).emails()).isEmpty();
        assertThat(drafts.get(0).title()).isEqualTo("Fellow, Kernel");
        assertThat(drafts.get(1).organizationName()).isEqualTo("MIT, CSAIL");
        assertThat(drafts.get(1).emails()).containsExactly("barbara@mit.example");
        assertThat(drafts.get(2).displayName()).isEmpty();
        assertThat(file.mapping().fields())
                .containsExactly(
                        ContactField.GIVEN_NAME,
                        ContactField.FAMILY_NAME,
                        ContactField.LINKEDIN,
                        ContactField.EMAIL,
                        ContactField.ORGANIZATION,
                        ContactField.TITLE,
                        null);
    }

    @Test
    void theUsersMappingReplacesTheSuggestedOne() {
        List<ContactField> chosen =
                new ArrayList<>(List.of(ContactField.GIVEN_NAME, ContactField.FAMILY_NAME, ContactField.WEBSITE));
        ParsedFile file = ParsedFile.read(Files.bytes("linkedin-connections.csv"), null, chosen);

        assertThat(drafts(file).get(0).website()).isEqualTo("https://www.linkedin.com/in/linus");
        assertThat(drafts(file).get(0).linkedinUrl()).isNull();
        assertThat(drafts(file).get(0).title()).isEqualTo("Fellow, Kernel");
    }

    @Test
    void readsSemicolonSeparatedFilesInTheWindowsCodePage() {
        byte[] bytes = "Vorname;Nachname;First Name;Last Name;E-mail Address\r\n;;Jürgen;Groß;j@example.de\r\n"
                .getBytes(Charset.forName("windows-1252"));
        ContactDraft draft = drafts(ParsedFile.read(bytes, null, List.of())).get(0);

        assertThat(draft.displayName()).isEqualTo("Jürgen Groß");
        assertThat(draft.emails()).containsExactly("j@example.de");
    }

    @Test
    void refusesFilesWithoutARecognisableHeaderOrWithAnUnclosedQuote() {
        assertThatThrownBy(() -> read("no-header.csv"))
                .isInstanceOf(UnreadableFile.class)
                .extracting("messageKey")
                .isEqualTo("exchange.unreadable.header");
        byte[] unclosed = "First Name,Last Name,Email\nAda,\"Lovelace,ada@example.test\n".getBytes();
        assertThatThrownBy(() -> ParsedFile.read(unclosed, null, List.of())).isInstanceOf(UnreadableFile.class);
        assertThatThrownBy(() -> ParsedFile.read(new byte[0], null, List.of())).isInstanceOf(UnreadableFile.class);
    }

    @Test
    void formulasAreDefusedInTheExportAndRestoredOnImport() {
        var draft = new ContactDraft(
                null,
                null,
                "=HYPERLINK(\"http://evil.example\")",
                List.of(),
                List.of("+39 06 1234 5678"),
                "@corp",
                null,
                null,
                null,
                null,
                null,
                List.of("-vip"),
                null,
                null,
                null,
                "+notes",
                null);

        String csv = CsvFormat.write(List.of(draft));

        assertThat(csv)
                .contains("'=HYPERLINK", "'@corp", "'-vip", "'+notes")
                .contains("+39 06 1234 5678")
                .doesNotContain("'+39");
        var back = ParsedFile.read(csv.getBytes(StandardCharsets.UTF_8), null, List.of())
                .entries()
                .get(0)
                .draft();
        assertThat(back).usingRecursiveComparison().isEqualTo(draft);
    }
}
