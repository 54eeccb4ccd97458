package dev.tandem.identity;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Tries to cross from one workspace into another, by every route identity has. */
@TandemTest
class WorkspaceIsolationTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    SignedUp eve;

    @BeforeEach
    void twoWorkspaces() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        eve = TestUsers.signUp(mvc, "Eve");
    }

    @Test
    void aNonMemberSeesNoTraceOfAnotherWorkspace() throws Exception {
        String[] reads = {"", "/members", "/members/" + ada.userId(), "/invitations", "/audit-events"};
        for (String path : reads) {
            mvc.perform(get(ada.workspacePath(path)).with(eve.bearer()))
                    .andExpect(status().isNotFound())
                    .andExpect(
                            jsonPath("$.detail").value("There is no such workspace, or you are not a member of it."));
        }
        mvc.perform(json(
                                post(ada.workspacePath("/members")),
                                "{\"email\":\"%s\",\"role\":\"OWNER\"}".formatted(eve.email()))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(patch(ada.workspacePath("/members/" + ada.userId())), "{\"role\":\"VIEWER\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(ada.workspacePath("/members/" + ada.userId())).with(eve.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownOrMalformedWorkspaceIsTheSame404() throws Exception {
        mvc.perform(get("/api/v1/workspaces/" + UUID.randomUUID() + "/members").with(ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/not-a-uuid/members").with(ada.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMemberOfOneWorkspaceCannotReachAnotherMembersRecordsThroughTheirOwn() throws Exception {
        // Eve asks her own workspace about Ada, who is not in it.
        mvc.perform(get(eve.workspacePath("/members/" + ada.userId())).with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(patch(eve.workspacePath("/members/" + ada.userId())), "{\"role\":\"VIEWER\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void webPagesOfAnotherWorkspaceAre404Too() throws Exception {
        var browser = WebSessions.logIn(mvc, eve);
        mvc.perform(get("/w/" + ada.workspaceId()).with(browser)).andExpect(status().isNotFound());
        mvc.perform(get("/w/" + ada.workspaceId() + "/members").with(browser)).andExpect(status().isNotFound());
        mvc.perform(get("/w/" + eve.workspaceId()).with(browser)).andExpect(status().isOk());
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        var vic = TestUsers.signUp(mvc, "Vic");
        TestUsers.addMember(mvc, ada, vic, "VIEWER");

        mvc.perform(get(ada.workspacePath("/members")).with(vic.bearer())).andExpect(status().isOk());
        mvc.perform(json(post(ada.workspacePath("/members")), "{\"email\":\"x@example.test\",\"role\":\"MEMBER\"}")
                        .with(vic.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get(ada.workspacePath("/audit-events")).with(vic.bearer())).andExpect(status().isForbidden());
    }

    @Test
    void aMemberCannotManageMembersOrReadTheAuditLog() throws Exception {
        var max = TestUsers.signUp(mvc, "Max");
        TestUsers.addMember(mvc, ada, max, "MEMBER");

        mvc.perform(json(patch(ada.workspacePath("/members/" + ada.userId())), "{\"role\":\"VIEWER\"}")
                        .with(max.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("This needs the ADMIN role or a stronger one."));
        mvc.perform(get(ada.workspacePath("/audit-events")).with(max.bearer())).andExpect(status().isForbidden());
    }
}
