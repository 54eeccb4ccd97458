package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** {@code tandem.import.max-rows} bounds an import before anything is written (here 3; 50,000 by default). */
@TandemTest
@TestPropertySource(properties = "tandem.import.max-rows=3")
class ImportLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileWithMoreRowsThanAllowedIsRefusedWith413AndNothingIsWritten() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(multipart(ada.workspacePath("/contacts/import"))
                        .file(new MockMultipartFile("file", "four.csv", "text/csv", ImportAtomicityTests.people(4)))
                        .with(ada.bearer()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("at most 3")));
        mvc.perform(multipart("/w/" + ada.workspaceId() + "/contacts/import")
                        .file(new MockMultipartFile("file", "four.csv", "text/csv", ImportAtomicityTests.people(4)))
                        .with(WebSessions.logIn(mvc, ada))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("The file has 4 contacts; at most 3 can be imported at once.")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from exchange_uploads where workspace_id = ?",
                        Integer.class,
                        ada.workspaceId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contacts where workspace_id = ?", Integer.class, ada.workspaceId()))
                .isZero();
        mvc.perform(multipart(ada.workspacePath("/contacts/import"))
                        .file(new MockMultipartFile("file", "three.csv", "text/csv", ImportAtomicityTests.people(3)))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));
    }
}
