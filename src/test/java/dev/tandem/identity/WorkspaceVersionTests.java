package dev.tandem.identity;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** No lost updates on the workspace's name and on member roles (issue 17): API and pages. */
@TandemTest
class WorkspaceVersionTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    SignedUp bo;

    @BeforeEach
    void workspace() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        bo = TestUsers.signUp(mvc, "Bo");
        TestUsers.addMember(mvc, ada, bo, "MEMBER");
    }

    @Test
    void aStaleRenameIsRefusedAndTheFormSaysWhoRenamedIt() throws Exception {
        String path = "/api/v1/workspaces/" + ada.workspaceId();
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/settings";
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(patch(path), "{\"name\":\"Harbour\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Harbour"));
        mvc.perform(json(patch(path), "{\"name\":\"Lighthouse\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.changedBy").value("Ada"))
                .andExpect(jsonPath("$.changedFields[0]").value("name"));
        mvc.perform(post(page).with(csrf()).with(session).param("version", "0").param("name", "Lighthouse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This was changed meanwhile by Ada")))
                .andExpect(content().string(containsString("value=\"Lighthouse\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get(path).with(ada.bearer())).andExpect(jsonPath("$.name").value("Harbour"));
        mvc.perform(json(patch(path), "{\"name\":\"Lighthouse\"}").with(bo.bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleRoleChangeIsRefusedOnTheApiAndInTheMembersTable() throws Exception {
        String path = ada.workspacePath("/members/" + bo.userId());
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(json(patch(path), "{\"role\":\"ADMIN\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(patch(path), "{\"role\":\"VIEWER\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.changedFields[0]").value("role"));
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/w/" + ada.workspaceId() + "/members/" + bo.userId() + "/role")
                        .with(csrf())
                        .with(session)
                        .header("HX-Request", "true")
                        .param("role", "VIEWER")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ada changed this meanwhile, so nothing was changed now.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get(path).with(ada.bearer())).andExpect(jsonPath("$.role").value("ADMIN"));
    }
}
