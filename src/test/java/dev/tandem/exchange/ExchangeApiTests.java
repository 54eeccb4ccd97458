package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@TandemTest
class ExchangeApiTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    ResultActions upload(SignedUp user, byte[] content, String query) throws Exception {
        return mvc.perform(multipart(user.workspacePath("/contacts/import" + query))
                .file(new MockMultipartFile("file", "contacts", "application/octet-stream", content))
                .with(user.bearer()));
    }

    String export(SignedUp user, String format) throws Exception {
        return mvc.perform(get(user.workspacePath("/contacts/export?format=" + format))
                        .with(user.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void importsAGoogleExportAndReportsTheRowWithoutAName() throws Exception {
        upload(ada, Files.bytes("google.csv"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.skipped").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The row has no name, so no contact can be created from it."));
    }

    @Test
    void importingAgainUpdatesTheContactsWithTheSameEmailInsteadOfCreatingThem() throws Exception {
        upload(ada, Files.bytes("contacts-3.0.vcf"), "")
                .andExpect(jsonPath("$.created").value(1));
        upload(ada, Files.bytes("contacts-3.0.vcf"), "?format=vcard")
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1));
        String csv = "First Name,Last Name,E-mail Address,Job Title\nAda,L.,ADA@ENGINES.EXAMPLE,Countess\n";
        upload(ada, csv.getBytes(StandardCharsets.UTF_8), "?format=csv")
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(export(ada, "csv").lines().count())
                .as("header and one contact")
                .isGreaterThan(1);
        assertThat(export(ada, "vcard")).containsOnlyOnce("BEGIN:VCARD");
    }

    @Test
    void linkedInConnectionsWithoutEmailsAreCreatedAndTheNamelessOneReported() throws Exception {
        upload(ada, Files.bytes("linkedin-connections.csv"), "?format=linkedin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(export(ada, "csv")).contains("https://www.linkedin.com/in/liskov", "\"MIT, CSAIL\"");
    }

    @Test
    void rowsTheContactRulesRefuseAreReportedWithTheirNumberAndTheOthersImported() throws Exception {
        String csv = "First Name,Last Name,E-mail Address\nGood,Row,good@example.test\nBad,Row,not-an-email\n"
                + "Long,Name," + "x".repeat(400) + "@example.test\n";
        upload(ada, csv.getBytes(StandardCharsets.UTF_8), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[1].row").value(3));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAndNothingIsWritten() throws Exception {
        for (String file : new String[] {"garbage.bin", "truncated.vcf", "no-header.csv"}) {
            upload(ada, Files.bytes(file), "")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("file"));
        }
        upload(ada, Files.bytes("google.csv"), "?format=vcard").andExpect(status().isBadRequest());
        upload(ada, Files.bytes("google.csv"), "?format=xml").andExpect(status().isBadRequest());
        assertThat(export(ada, "vcard")).doesNotContain("BEGIN:VCARD");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWith413() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        upload(ada, big, "")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The file is larger than the 10 MB allowed."));
    }

    @Test
    void anotherUsersTokenCannotImportIntoOrExportFromTheWorkspaceNorCanAViewer() throws Exception {
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        mvc.perform(multipart(ada.workspacePath("/contacts/import"))
                        .file(new MockMultipartFile("file", Files.bytes("contacts-4.0.vcf")))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/contacts/export?format=csv")).with(eve.bearer()))
                .andExpect(status().isNotFound());
        SignedUp vic = TestUsers.signUp(mvc, "Vic");
        TestUsers.addMember(mvc, ada, vic, "VIEWER");
        mvc.perform(multipart(ada.workspacePath("/contacts/import"))
                        .file(new MockMultipartFile("file", Files.bytes("contacts-4.0.vcf")))
                        .with(vic.bearer()))
                .andExpect(status().isForbidden());
        // A viewer reads contacts one at a time but takes no copy of the whole list (docs/permissions.md).
        mvc.perform(get(ada.workspacePath("/contacts/export?format=csv")).with(vic.bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void exportsVCard4VCard3AndCsvThatImportBackIntoTheSameContacts() throws Exception {
        upload(ada, Files.bytes("contacts-2.1.vcf"), "")
                .andExpect(jsonPath("$.created").value(3));
        upload(ada, Files.bytes("contacts-4.0.vcf"), "")
                .andExpect(jsonPath("$.created").value(1));
        mvc.perform(get(ada.workspacePath("/contacts/export?format=vcard")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/vcard")))
                .andExpect(header().string("Content-Disposition", containsString("contacts.vcf")))
                .andExpect(content().string(containsString("VERSION:4.0")));
        mvc.perform(get(ada.workspacePath("/contacts/export?format=csv")).with(ada.bearer()))
                .andExpect(header().string("Content-Type", startsWith("text/csv")));
        mvc.perform(get(ada.workspacePath("/contacts/export?format=pdf")).with(ada.bearer()))
                .andExpect(status().isBadRequest());

        for (String format : new String[] {"vcard", "vcard3", "csv"}) {
            SignedUp copy = TestUsers.signUp(mvc, "Copy");
            upload(copy, export(ada, format).getBytes(StandardCharsets.UTF_8), "")
                    .andExpect(jsonPath("$.created").value(4))
                    .andExpect(jsonPath("$.errors.length()").value(0));
            assertThat(export(copy, format)).as(format).isEqualTo(export(ada, format));
        }
        assertThat(export(ada, "vcard3")).contains("VERSION:3.0", "Núñez", "王小明", "PHOTO");
    }
}
