package dev.tandem.exchange;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.contacts.ContactSearches;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ADR 14: the prefixes half of a workspace's contacts or more share (an email's domain, a tag everyone has) keep no
 * rows of their own once an import makes them shared; searching by them reads the terms, and finds what it found
 * before, A to Z, page after page.
 */
@TandemTest
class SharedPrefixSearchTests {

    private static final String[] GIVEN = {
        "Ada", "Grace", "Alan", "Joan", "Linus", "Barbara", "Tim", "Edsger", "Donald", "Margaret", "Katherine",
        "Dennis", "Ken", "Niklaus", "John", "Frances", "Radia", "Hedy", "Sophie", "Claude", "Brian", "Evelyn",
        "Shafi", "Leslie", "Xavier", "Yvonne", "Zeno", "Ivan", "Olga", "Quentin"
    };
    private static final String[] FAMILY = {
        "Lovelace", "Hopper", "Turing", "Clarke", "Torvalds", "Liskov", "Berners", "Dijkstra", "Knuth", "Hamilton",
        "Johnson", "Ritchie", "Thompson", "Wirth", "Backus", "Allen", "Perlman", "Lamarr", "Wilson", "Shannon",
        "Kernighan", "Berezin", "Goldwasser", "Lamport", "Leroy", "Vance", "Wolff", "Sutherland", "Olsen", "Moore",
        "Naur", "Engelbart", "Kay", "Minsky", "Floyd", "Hoare", "Milner", "Rivest", "Shamir", "Adleman"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkspaceService workspaces;

    SignedUp ada;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    /** 1,200 people (three chunks of the import), all at example.test and tagged "partner"; one in ten "north". */
    String people() {
        StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail Address,Tags\n");
        for (int i = 0; i < 1_200; i++) {
            String given = GIVEN[i % GIVEN.length];
            String family = FAMILY[i / GIVEN.length];
            csv.append("%s,%s,%s.%s%d@example.test,\"partner%s\"\n"
                    .formatted(
                            given, family, given.toLowerCase(), family.toLowerCase(), i, i % 10 == 0 ? ",north" : ""));
        }
        return csv.toString();
    }

    void importPeople(SignedUp user, UUID workspace) throws Exception {
        mvc.perform(multipart("/api/v1/workspaces/" + workspace + "/contacts/import?format=csv")
                        .file(new MockMultipartFile(
                                "file", "contacts.csv", "text/csv", people().getBytes(StandardCharsets.UTF_8)))
                        .with(user.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1_200));
    }

    @Test
    void wordsEveryoneSharesKeepNoPrefixRowsAndStillFindEveryoneAToZ() throws Exception {
        importPeople(ada, ada.workspaceId());

        assertThat(shared(ada.workspaceId()))
                .contains("e", "ex", "exa", "exam", "examp", "exampl", "p", "pa", "partne", "t", "te", "tes", "test")
                .doesNotContain("n", "no", "north", "a", "ad", "lovela");
        assertThat(jdbc.sql("""
                        select count(*) from contact_term_prefixes
                        where workspace_id = :ws and prefix in ('e', 'exa', 'exampl', 'partne', 'test')""")
                        .param("ws", ada.workspaceId())
                        .query(Long.class)
                        .single())
                .as("rows of shared prefixes")
                .isZero();

        List<String> everyone = names(ada, ada.workspaceId(), null);
        assertThat(everyone).hasSize(1_200).isSorted().doesNotHaveDuplicates();
        for (String q : List.of("e", "exa", "exampl", "example", "partner", "pa", "test")) {
            assertThat(names(ada, ada.workspaceId(), q)).as(q).isEqualTo(everyone);
        }
        List<String> north = new ArrayList<>();
        for (int i = 0; i < 1_200; i += 10) {
            north.add(GIVEN[i % GIVEN.length] + " " + FAMILY[i / GIVEN.length]);
        }
        assertThat(names(ada, ada.workspaceId(), "north"))
                .as("a tag one in ten has keeps its rows")
                .isEqualTo(north.stream().sorted().toList());
        assertThat(names(ada, ada.workspaceId(), "partner nor")).isEqualTo(names(ada, ada.workspaceId(), "north"));
        assertThat(names(ada, ada.workspaceId(), "partner exa"))
                .as("shared words alone")
                .isEqualTo(everyone);
        assertThat(names(ada, ada.workspaceId(), "exa zeno lov"))
                .as("a shared word beside two of a name")
                .containsExactly("Zeno Lovelace");
        assertThat(names(ada, ada.workspaceId(), "lovelace ada")).containsExactly("Ada Lovelace");

        // A contact added alone afterwards is found by the shared prefixes too.
        mvc.perform(json(
                                post(ada.workspacePath("/contacts")),
                                "{\"displayName\":\"Aaron Example\",\"emails\":[\"aaron@example.org\"]}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated());
        assertThat(names(ada, ada.workspaceId(), "exa")).hasSize(1_201).startsWith("Aaron Example");
    }

    @Test
    void anotherWorkspaceKeepsItsOwnPrefixesAndARestoreKeepsTheShared() throws Exception {
        importPeople(ada, ada.workspaceId());
        SignedUp bob = TestUsers.signUp(mvc, "Bob");
        mvc.perform(json(
                                post(bob.workspacePath("/contacts")),
                                "{\"displayName\":\"Exa Partner\",\"emails\":[\"exa@partner.test\"]}")
                        .with(bob.bearer()))
                .andExpect(status().isCreated());
        assertThat(shared(bob.workspaceId())).isEmpty();
        assertThat(names(bob, bob.workspaceId(), "exa")).containsExactly("Exa Partner");
        assertThat(names(bob, bob.workspaceId(), "partner")).containsExactly("Exa Partner");

        byte[] exported = mvc.perform(get(ada.workspacePath("/export")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        UUID restored = workspaces.create(UserId.of(ada.userId()), "Restored").value();
        mvc.perform(multipart("/api/v1/workspaces/" + restored + "/import")
                        .file(WorkspaceRestoreTests.file(exported))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        assertThat(shared(restored)).isEqualTo(shared(ada.workspaceId()));
        assertThat(names(ada, restored, "exa"))
                .isEqualTo(names(ada, ada.workspaceId(), "exa"))
                .hasSize(1_200);
        assertThat(names(ada, restored, "north")).hasSize(120);
    }

    List<String> shared(UUID workspace) {
        return jdbc.sql("select prefix from contact_shared_prefixes where workspace_id = :ws order by prefix")
                .param("ws", workspace)
                .query(String.class)
                .list();
    }

    /** Every page of a search A to Z. */
    List<String> names(SignedUp user, UUID workspace, @Nullable String q) throws Exception {
        return ContactSearches.namesAToZ(mvc, user, workspace, q);
    }
}
