package dev.tandem.exchange;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Importing a file again recognises the people it already brought in, by email, LinkedIn profile or X handle. */
@TandemTest
class ImportMatchingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

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

    /** A chunk's organisations are looked up by name in one statement: only among the importing workspace's. */
    @Test
    void anOrganisationOfTheSameNameInAnotherWorkspaceIsNeverTheOneImportedInto() throws Exception {
        SignedUp bob = TestUsers.signUp(mvc, "Bob");
        String bobs = mvc.perform(json(post(bob.workspacePath("/organizations")), "{\"name\":\"Acme\"}")
                        .with(bob.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID bobsAcme = UUID.fromString(JsonPath.read(bobs, "$.id"));

        upload("First Name,Last Name,E-mail Address,Company\nGrace,Hopper,grace@acme.example,ACME\n", "csv")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));

        UUID adasAcme = jdbc.sql("select organization_id from contacts where workspace_id = :ws")
                .param("ws", ada.workspaceId())
                .query(UUID.class)
                .single();
        assertThat(adasAcme).isNotNull().isNotEqualTo(bobsAcme);
        assertThat(jdbc.sql("select workspace_id from contact_organizations where id = :id")
                        .param("id", adasAcme)
                        .query(UUID.class)
                        .single())
                .isEqualTo(ada.workspaceId());
        assertThat(jdbc.sql("select count(*) from contacts where workspace_id = :ws")
                        .param("ws", bob.workspaceId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /**
     * An import writes the search rows in bulk (COPY on PostgreSQL), without foreign keys to their contacts: they
     * must say exactly what the contact says, and go with the contact when it is deleted or merged away.
     */
    @Test
    void importedPeopleAreFoundByNameAndLeaveNoSearchRowsBehindWhenDeletedOrMerged() throws Exception {
        upload("""
                First Name,Last Name,E-mail Address,Tags
                Zebulon,Quackenbush\\Tab,zeb@example.test,north
                Zebediah,Quackenbush,zed@example.test,south
                Zelda,Quackenbush,zelda@example.test,north
                """, "csv").andExpect(jsonPath("$.created").value(3));
        String found = mvc.perform(get(ada.workspacePath("/contacts?q=quack")).with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.items[*].displayName",
                        contains("Zebediah Quackenbush", "Zebulon Quackenbush\\Tab", "Zelda Quackenbush")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = JsonPath.read(found, "$.items[*].id");
        mvc.perform(get(ada.workspacePath("/contacts")).param("q", "zeb nor").with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Zebulon Quackenbush\\Tab")));
        assertThat(jdbc.sql("""
                        select count(*) from contact_term_prefixes p join contacts c
                        on c.workspace_id = p.workspace_id and c.id = p.contact_id
                        where p.workspace_id = :ws and p.sort_key = c.sort_key""")
                        .param("ws", ada.workspaceId())
                        .query(Long.class)
                        .single())
                .as("every kept prefix carries its contact's sort key, backslash and all")
                .isEqualTo(searchRows("contact_term_prefixes", ids))
                .isPositive();

        mvc.perform(delete(ada.workspacePath("/contacts/" + ids.get(1))).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(json(
                                post(ada.workspacePath("/contacts/merge")),
                                "{\"keep\":\"%s\",\"merge\":\"%s\"}".formatted(ids.get(0), ids.get(2)))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/contacts?q=quack")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Zebediah Quackenbush")));
        mvc.perform(get(ada.workspacePath("/contacts?q=north")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Zebediah Quackenbush")));
        for (String table : List.of("contact_terms", "contact_term_prefixes")) {
            assertThat(searchRows(table, List.of(ids.get(1), ids.get(2))))
                    .as("%s of the deleted and the merged contact", table)
                    .isZero();
        }
    }

    /**
     * The kept prefixes an import writes (ADR 13): a word's first one to six letters once a contact however many of
     * its terms share them, the term itself only beside six letters, and nothing for numbers, which are still found.
     */
    @Test
    void importedPeopleKeepOnePrefixRowAContactAndNoneForNumbers() throws Exception {
        upload("""
                First Name,Last Name,E-mail Address,Company,Tags
                Ada,Lovelace,ada.lovelace.1815@example.test,Company 42,partner
                """, "csv").andExpect(jsonPath("$.created").value(1));
        List<String> prefixes =
                jdbc.sql("""
                        select prefix || ':' || term from contact_term_prefixes where workspace_id = :ws
                        order by prefix, term""").param("ws", ada.workspaceId()).query(String.class).list();
        assertThat(prefixes)
                .doesNotHaveDuplicates()
                .contains("a:", "ad:", "ada:", "adal:", "adalov:adalovelace1815exampletest", "lovela:lovelace")
                .noneMatch(row -> Character.isDigit(row.charAt(0)))
                .filteredOn(row -> row.startsWith("a:"))
                .hasSize(1);
        for (String q : List.of("1815", "42", "ada 18", "company 4", "lovelace")) {
            mvc.perform(get(ada.workspacePath("/contacts")).param("q", q).with(ada.bearer()))
                    .andExpect(jsonPath("$.items[*].displayName", contains("Ada Lovelace")));
        }
    }

    long searchRows(String table, List<String> contacts) {
        return jdbc.sql("select count(*) from " + table + " where contact_id in (:ids)")
                .param("ids", contacts.stream().map(UUID::fromString).toList())
                .query(Long.class)
                .single();
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
