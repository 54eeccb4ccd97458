package dev.tandem.contacts;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ADR 14 for a workspace grown by hand: once enough contacts have been created one at a time, the prefixes half of
 * them and half of the workspace have (an email's domain, a tag) become shared, keep no rows, and are left out of
 * every contact written afterwards; searches find what they found before, A to Z, page after page.
 */
@TandemTest
class SharedPrefixReviewTests {

    /** Imported below the size from which an import shares anything; the rest are created alone. */
    private static final int IMPORTED = SearchIndex.SHARED_FROM - SharedPrefixReview.REVIEW_AFTER + 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SharedPrefixReview review;

    @Test
    void prefixesMostContactsCreatedAloneHaveBecomeSharedAndEveryoneIsStillFound() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        importPeople(ada, IMPORTED);
        assertThat(shared(ada.workspaceId()))
                .as("an import below 1,000 contacts shares nothing")
                .isEmpty();
        for (int i = 0; i < SharedPrefixReview.REVIEW_AFTER; i++) {
            create(ada, "Zoe Alone%03d".formatted(i), "zoe%d@example.test".formatted(i), i % 10 == 0 ? "north" : null);
        }
        List<String> everyone = names(ada, null);
        assertThat(everyone).hasSize(IMPORTED + SharedPrefixReview.REVIEW_AFTER).isSorted();
        assertThat(review.review()).contains(WorkspaceId.of(ada.workspaceId()));

        assertThat(shared(ada.workspaceId()))
                .contains("e", "ex", "exa", "exam", "examp", "exampl", "p", "pa", "partne", "t", "te", "tes", "test")
                .doesNotContain("z", "zo", "zoe", "n", "north", "a", "al", "alone0", "lovela");
        assertThat(rows(ada.workspaceId(), "exampl", "partne", "test"))
                .as("rows of shared prefixes")
                .isZero();
        for (String q : List.of("e", "exa", "example", "partner", "test", "partner exa")) {
            assertThat(names(ada, q)).as(q).isEqualTo(everyone);
        }
        assertThat(names(ada, "north"))
                .as("a tag one in ten created alone has keeps its rows")
                .hasSize(IMPORTED / 10 + SharedPrefixReview.REVIEW_AFTER / 10)
                .isSorted();
        assertThat(names(ada, "zoe alone007")).containsExactly("Zoe Alone007");

        // Written afterwards: no rows for what is shared, found by it all the same.
        String added = create(ada, "Aaron Example", "aaron@example.test", "partner");
        assertThat(jdbc.sql("select prefix from contact_term_prefixes where workspace_id = :ws and contact_id = :id")
                        .param("ws", ada.workspaceId())
                        .param("id", UUID.fromString(added))
                        .query(String.class)
                        .list())
                .as("the new contact's rows")
                .contains("a", "aa", "aaron")
                .doesNotContain("e", "exampl", "p", "partne", "t", "test");
        assertThat(names(ada, "exa")).hasSize(everyone.size() + 1).startsWith("Aaron Example");
        assertThat(names(ada, "partner aar")).containsExactly("Aaron Example");

        mvc.perform(json(
                                put(ada.workspacePath("/contacts/" + added)),
                                "{\"displayName\":\"Abigail Example\",\"emails\":[\"abigail@example.test\"]}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        assertThat(rows(ada.workspaceId(), "exampl", "partne", "test"))
                .as("after an edit")
                .isZero();
        assertThat(names(ada, "abi exa")).containsExactly("Abigail Example");
        assertThat(names(ada, "aaron")).isEmpty();
    }

    @Test
    void aWorkspaceOfFewerThanAThousandContactsSharesNothing() throws Exception {
        SignedUp bob = TestUsers.signUp(mvc, "Bob");
        for (int i = 0; i < SharedPrefixReview.REVIEW_AFTER; i++) {
            create(bob, "Yann Few%03d".formatted(i), "yann%d@example.test".formatted(i), null);
        }
        assertThat(review.review()).contains(WorkspaceId.of(bob.workspaceId()));
        assertThat(shared(bob.workspaceId())).isEmpty();
        assertThat(rows(bob.workspaceId(), "exampl")).isEqualTo(SharedPrefixReview.REVIEW_AFTER);
        assertThat(names(bob, "exa")).hasSize(SharedPrefixReview.REVIEW_AFTER);
        assertThat(review.review()).as("counted again from nothing").doesNotContain(WorkspaceId.of(bob.workspaceId()));
    }

    /** People at example.test tagged "partner", one in ten "north". */
    void importPeople(SignedUp user, int count) throws Exception {
        StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail Address,Tags\n");
        for (int i = 0; i < count; i++) {
            csv.append("Person,Lovelace%04d,person%d@example.test,\"partner%s\"\n"
                    .formatted(i, i, i % 10 == 0 ? ",north" : ""));
        }
        mvc.perform(multipart("/api/v1/workspaces/" + user.workspaceId() + "/contacts/import?format=csv")
                        .file(new MockMultipartFile(
                                "file",
                                "contacts.csv",
                                "text/csv",
                                csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(user.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(count));
    }

    /** Creates a contact tagged "partner" (and {@code tag}) through the API; its id. */
    String create(SignedUp user, String name, String email, @Nullable String tag) throws Exception {
        String tags = tag == null ? "\"partner\"" : "\"partner\", \"" + tag + "\"";
        String body = mvc.perform(json(
                                post(user.workspacePath("/contacts")),
                                "{\"displayName\":\"%s\",\"emails\":[\"%s\"],\"tags\":[%s]}"
                                        .formatted(name, email, tags))
                        .with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    List<String> shared(UUID workspace) {
        return jdbc.sql("select prefix from contact_shared_prefixes where workspace_id = :ws order by prefix")
                .param("ws", workspace)
                .query(String.class)
                .list();
    }

    long rows(UUID workspace, String... prefixes) {
        return jdbc.sql("select count(*) from contact_term_prefixes where workspace_id = :ws and prefix in (:prefixes)")
                .param("ws", workspace)
                .param("prefixes", List.of(prefixes))
                .query(Long.class)
                .single();
    }

    /** Every page of a search A to Z. */
    List<String> names(SignedUp user, @Nullable String q) throws Exception {
        return ContactSearches.namesAToZ(mvc, user, user.workspaceId(), q);
    }
}
