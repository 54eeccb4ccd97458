package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tandem.fuzz.Fuzzing;
import java.util.List;

/**
 * The vCard and CSV readers, fuzzed: any bytes are read into contacts or refused as unreadable (a 400), never
 * another exception (a 500) and never a hang. {@code .ci/fuzz} replays the inputs kept under
 * {@code src/test/resources/dev/tandem/exchange/ImportFilesFuzzTestsInputs} and fuzzes each, in a JVM of its own.
 */
class ImportFilesFuzzTests {

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    @DictionaryEntries({
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:3.0",
        "VERSION:4.0",
        "FN:",
        "N:",
        "EMAIL;TYPE=work:",
        "TEL:",
        "ORG:",
        "TITLE:",
        "NOTE:",
        "PHOTO;ENCODING=b;TYPE=JPEG:",
        "PHOTO;ENCODING=QUOTED-PRINTABLE:",
        "CHARSET=UTF-8",
        "X-SOCIALPROFILE;TYPE=linkedin:",
        "URL:",
        "BDAY:",
        "TZ:",
        "LANG:",
        "ADR:",
        "=0D=0A"
    })
    void vCard(byte[] file) {
        read(file, FileFormat.VCARD);
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    @DictionaryEntries({
        "First Name",
        "Last Name",
        "E-mail Address",
        "Email Address",
        "Company",
        "Position",
        "URL",
        "Connected On",
        "Notes:",
        "Given Name",
        "Family Name",
        "Emails",
        "Phones",
        "Tags",
        "\"",
        "\"\"",
        ";",
        ",",
        "E-mail 1 - Value",
        "Phone 1 - Value",
        "Organization 1 - Name"
    })
    void csv(byte[] file) {
        read(file, FileFormat.CSV);
        read(file, FileFormat.LINKEDIN);
        read(file, null);
    }

    private static void read(byte[] file, FileFormat format) {
        assertTimeoutPreemptively(Fuzzing.HANG, () -> {
            try {
                ParsedFile.read(file, format, List.of());
            } catch (UnreadableFile refused) {
                // a 400 with its reason: fine
            }
        });
    }
}
