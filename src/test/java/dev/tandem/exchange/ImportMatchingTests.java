package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Importing a file again recognises the people it already brought in, by email, LinkedIn profile or X handle. */
@TandemTest
class ImportMatchingTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    ResultActions upload(String text, String format) throws Exception {
        return mvc.perform(multipart(ada.workspacePath("/contacts/import?format=" + format))
                .file(new MockMultipartFile("file", "contacts", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                .with(ada.bearer()));
    }

    long contacts() throws Exception {
        String csv = mvc.perform(
                        get(ada.workspacePath("/contacts/export?format=csv")).with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().count() - 1;
    }

    @Test
    void reImportingLinkedInConnectionsWithoutEmailsUpdatesThemInsteadOfCreatingThemAgain() throws Exception {
        byte[] file = Files.bytes("linkedin-connections.csv");
        String text = new String(file, StandardCharsets.UTF_8);
        upload(text, "linkedin").andExpect(jsonPath("$.created").value(3));
        upload(text, "linkedin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(3))
                .andExpect(jsonPath("$.errors.length()").value(1));
        assertThat(contacts()).isEqualTo(3);
    }

    @Test
    void aLinkedInAddressWrittenDifferentlyIsTheSameProfile() throws Exception {
        upload("First Name,Last Name,URL\nLinus,Torvalds,https://www.linkedin.com/in/linus\n", "linkedin")
                .andExpect(jsonPath("$.created").value(1));
        String variants = "First Name,Last Name,URL\n"
                + "Linus,Torvalds,http://linkedin.com/in/Linus/\n"
                + "Linus,T.,HTTPS://WWW.LINKEDIN.COM/in/linus?trk=people\n"
                + "Linus,Other,https://it.linkedin.com/in/linus//\n";
        upload(variants, "linkedin")
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(3));
        upload("First Name,Last Name,URL\nLinus,Torvalds,https://www.linkedin.com/in/linus-2\n", "linkedin")
                .andExpect(jsonPath("$.created").value(1));
        assertThat(contacts()).isEqualTo(2);
    }

    @Test
    void theEmailIsMatchedFirstThenLinkedInThenTheXHandle() throws Exception {
        String first = "Name,E-mail Address,LinkedIn,X Handle\n"
                + "Grace Hopper,grace@navy.example,,\n"
                + "Alan Turing,,https://www.linkedin.com/in/turing,\n"
                + "Joan Clarke,,,@joanclarke\n";
        upload(first, "csv").andExpect(jsonPath("$.created").value(3));
        // Grace by her email, Alan by LinkedIn (his new email is unknown), Joan by her handle in another case.
        String again = "Name,E-mail Address,LinkedIn,X Handle\n"
                + "Grace H.,GRACE@navy.example,https://www.linkedin.com/in/grace,\n"
                + "Alan M. Turing,alan@bletchley.example,linkedin.com/in/turing/,\n"
                + "J. Clarke,,,JoanClarke\n";
        upload(again, "csv")
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(3));
        assertThat(contacts()).isEqualTo(3);
        String csv = mvc.perform(
                        get(ada.workspacePath("/contacts/export?format=csv")).with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .as("Alan's new email went to Alan")
                .containsPattern("Alan Turing,[^\\n]*alan@bletchley.example");
    }

    @Test
    void rowsOfOneFileForTheSamePersonMakeOneContact() throws Exception {
        String file = "First Name,Last Name,URL,Email Address\n"
                + "Linus,Torvalds,https://www.linkedin.com/in/linus,\n"
                + "Linus,Torvalds,https://linkedin.com/in/linus/,linus@kernel.example\n"
                + "L.,Torvalds,,LINUS@kernel.example\n";
        upload(file, "linkedin")
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(2));
        assertThat(contacts()).isEqualTo(1);
    }

    @Test
    void thePreviewShowsARecognisedConnectionAsAnUpdate() throws Exception {
        upload(new String(Files.bytes("linkedin-connections.csv"), StandardCharsets.UTF_8), "linkedin");
        var browser = WebSessions.logIn(mvc, ada);
        String base = "/w/" + ada.workspaceId() + "/contacts/import";
        String preview = mvc.perform(multipart(base)
                        .file(new MockMultipartFile(
                                "file", "Connections.csv", "text/csv", Files.bytes("linkedin-connections.csv")))
                        .with(browser)
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(get(preview).with(browser))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("badge import-update\">Update</span> <strong>3</strong>")
                .contains("badge import-create\">Create</span> <strong>0</strong>");
    }
}
