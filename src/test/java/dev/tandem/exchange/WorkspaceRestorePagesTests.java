package dev.tandem.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.WebSessions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The restore page of the settings: the form, an inline refusal with its status, and what a restore wrote. */
@TandemTest
class WorkspaceRestorePagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdminRestoresAnExportFromThePageAndReadsWhatCameBack() throws Exception {
        var eve = TestUsers.signUp(mvc, "Eve");
        mvc.perform(post(eve.workspacePath("/demo")).with(eve.bearer())).andExpect(status().isCreated());
        byte[] exported = mvc.perform(get(eve.workspacePath("/export")).with(eve.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var ada = TestUsers.signUp(mvc, "Ada");
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/settings/restore";

        mvc.perform(get("/w/" + ada.workspaceId() + "/settings").with(session))
                .andExpect(content().string(containsString(page)));
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("Restore from an export")));

        mvc.perform(multipart(page)
                        .file(WorkspaceRestoreTests.file("{\"format\":\"tandem-workspace\",\"formatVersion\":9}"
                                .getBytes(StandardCharsets.UTF_8)))
                        .with(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("format version 9, newer than the 2")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        var done = mvc.perform(multipart(page)
                        .file(WorkspaceRestoreTests.file(exported))
                        .with(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attributeExists("restored"))
                .andReturn();
        mvc.perform(get(page).with(session).flashAttrs(done.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Restore finished")))
                .andExpect(content().string(containsString("Meetings and commitments")));

        mvc.perform(multipart(page)
                        .file(WorkspaceRestoreTests.file(exported))
                        .with(session)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already holds data")));
    }

    @Test
    void membersDoNotSeeThePage() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var max = TestUsers.signUp(mvc, "Max");
        TestUsers.addMember(mvc, ada, max, "MEMBER");
        mvc.perform(get("/w/" + ada.workspaceId() + "/settings/restore").with(WebSessions.logIn(mvc, max)))
                .andExpect(status().isForbidden());
    }
}
