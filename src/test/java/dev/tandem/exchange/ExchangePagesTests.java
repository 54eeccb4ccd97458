package dev.tandem.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@TandemTest
class ExchangePagesTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor browser;
    String base;

    @BeforeEach
    void logIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        browser = WebSessions.logIn(mvc, ada);
        base = "/w/" + ada.workspaceId() + "/contacts/import";
    }

    String uploadLinkedIn() throws Exception {
        return mvc.perform(multipart(base)
                        .file(new MockMultipartFile(
                                "file", "Connections.csv", "text/csv", Files.bytes("linkedin-connections.csv")))
                        .with(browser)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void uploadPreviewWithTheMappingConfirmAndReport() throws Exception {
        mvc.perform(get(base).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import from a file")))
                .andExpect(content().string(containsString("format=csv")));
        String preview = uploadLinkedIn();

        mvc.perform(get(preview).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recognised: LinkedIn connections")))
                .andExpect(content().string(containsString("Barbara Liskov")))
                .andExpect(content().string(containsString("The row has no name")));
        // Changing a column with htmx answers the rows only: Position now fills the department.
        mvc.perform(get(preview)
                        .param("col0", "GIVEN_NAME")
                        .param("col1", "FAMILY_NAME")
                        .param("col2", "LINKEDIN")
                        .param("col3", "EMAIL")
                        .param("col4", "")
                        .param("col5", "DEPARTMENT")
                        .param("col6", "")
                        .header("HX-Request", "true")
                        .with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("MIT, CSAIL"))))
                .andExpect(content().string(containsString("id=\"import-plan\"")));

        String job = preview.replace("/import/", "/import/jobs/");
        mvc.perform(post(preview)
                        .param("col0", "GIVEN_NAME")
                        .param("col1", "FAMILY_NAME")
                        .with(browser)
                        .with(csrf()))
                .andExpect(redirectedUrl(job));
        mvc.perform(post(preview).with(browser).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theReportShowsTheCountsAndEachRefusedRow() throws Exception {
        String preview = uploadLinkedIn();
        String job = mvc.perform(post(preview).with(browser).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        // A small file is imported by the time the page shows: no progress bar, no polling.
        mvc.perform(get(job).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import finished")))
                .andExpect(content().string(containsString("The row has no name")))
                .andExpect(content().string(not(containsString("every 1s"))));
        mvc.perform(get(job).header("HX-Request", "true").with(browser))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"import-job\"")));
        mvc.perform(get(base + "/jobs/" + UUID.randomUUID()).with(browser)).andExpect(status().isNotFound());
    }

    @Test
    void anUnreadableFileIsShownOnTheFormAndADiscardedUploadIsGone() throws Exception {
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile(
                                "file", "x.bin", "application/octet-stream", Files.bytes("garbage.bin")))
                        .with(browser)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is not text")));
        String preview = uploadLinkedIn();
        mvc.perform(post(preview + "/discard").with(browser).with(csrf())).andExpect(redirectedUrl(base));
        mvc.perform(get(preview).with(browser)).andExpect(status().isNotFound());
    }

    @Test
    void anotherUserCannotSeeOrConfirmTheUploadNorUseTheWorkspacesPages() throws Exception {
        String preview = uploadLinkedIn();
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        var eveBrowser = WebSessions.logIn(mvc, eve);
        mvc.perform(get(base).with(eveBrowser)).andExpect(status().isNotFound());
        mvc.perform(get(preview).with(eveBrowser)).andExpect(status().isNotFound());
        mvc.perform(post(preview).with(eveBrowser).with(csrf())).andExpect(status().isNotFound());
        String job = mvc.perform(post(preview).with(browser).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(job).with(eveBrowser)).andExpect(status().isNotFound());
        mvc.perform(post(job + "/cancel").with(eveBrowser).with(csrf())).andExpect(status().isNotFound());
        String theirs =
                preview.replace(ada.workspaceId().toString(), eve.workspaceId().toString());
        mvc.perform(get(theirs).with(eveBrowser)).andExpect(status().isNotFound());
        mvc.perform(get("/w/" + ada.workspaceId() + "/contacts/export?format=csv")
                        .with(eveBrowser))
                .andExpect(status().isNotFound());
        // A fellow member of the workspace does not see Ada's upload either.
        TestUsers.addMember(mvc, ada, eve, "MEMBER");
        mvc.perform(get(preview).with(eveBrowser)).andExpect(status().isNotFound());
        mvc.perform(get(job).with(eveBrowser)).andExpect(status().isNotFound());
    }
}
