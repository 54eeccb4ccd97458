package dev.tandem.identity;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class MembersApiTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;

    @BeforeEach
    void owner() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    @Test
    void anExistingUserJoinsOnlyByAcceptingTheMailedLink() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");

        mvc.perform(json(post(ada.workspacePath("/members")), """
                {"email":"%s","role":"MEMBER"}""".formatted(
                                        bob.email().toUpperCase()))
                        .with(ada.bearer()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.invitation.role").value("MEMBER"));
        mvc.perform(get("/api/v1/me").with(bob.bearer()))
                .andExpect(jsonPath(
                        "$.workspaces[*].id", not(hasItem(ada.workspaceId().toString()))));
        mvc.perform(get(ada.workspacePath("/members")).with(bob.bearer())).andExpect(status().isNotFound());

        TestUsers.acceptInvitation(mvc, bob);
        mvc.perform(get("/api/v1/me").with(bob.bearer()))
                .andExpect(
                        jsonPath("$.workspaces[*].id", hasItem(ada.workspaceId().toString())));
        mvc.perform(json(post(ada.workspacePath("/members")), """
                {"email":"%s","role":"MEMBER"}""".formatted(bob.email()))
                        .with(ada.bearer()))
                .andExpect(status().isConflict());
    }

    @Test
    void anUnknownAddressGetsAnInvitationWhoseLinkIsReturnedWithoutMail() throws Exception {
        String email = TestUsers.uniqueEmail("carol");
        String response = mvc.perform(json(post(ada.workspacePath("/members")), """
                {"email":"%s","role":"VIEWER"}""".formatted(email))
                        .with(ada.bearer()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.invitation.email").value(email))
                .andExpect(jsonPath("$.invitation.role").value("VIEWER"))
                .andExpect(jsonPath("$.delivery").value("NOT_CONFIGURED"))
                .andExpect(jsonPath("$.link", startsWith("http://tandem.test/invitations/")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        mvc.perform(get(ada.workspacePath("/invitations")).with(ada.bearer()))
                .andExpect(jsonPath("$[*].email", hasItem(email)));

        String invitationId = JsonPath.read(response, "$.invitation.id");
        mvc.perform(delete(ada.workspacePath("/invitations/" + invitationId)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(ada.workspacePath("/invitations")).with(ada.bearer()))
                .andExpect(jsonPath("$[*].email", not(hasItem(email))));
    }

    @Test
    void rolesChangeButTheLastOwnerStays() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bob, "MEMBER");

        mvc.perform(json(patch(ada.workspacePath("/members/" + bob.userId())), "{\"role\":\"ADMIN\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ADMIN"));

        mvc.perform(json(patch(ada.workspacePath("/members/" + ada.userId())), "{\"role\":\"MEMBER\"}")
                        .with(ada.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("This is the workspace's last owner. Make someone else an owner first."));
        mvc.perform(delete(ada.workspacePath("/members/" + ada.userId())).with(ada.bearer()))
                .andExpect(status().isConflict());

        // With a second owner, the first may step down.
        mvc.perform(json(patch(ada.workspacePath("/members/" + bob.userId())), "{\"role\":\"OWNER\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(patch(ada.workspacePath("/members/" + ada.userId())), "{\"role\":\"MEMBER\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void aRoleChangeTakesEffectOnTheVeryNextRequest() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bob, "MEMBER");
        mvc.perform(json(post(ada.workspacePath("/organizations")), "{\"name\":\"Solara\"}")
                        .with(bob.bearer()))
                .andExpect(status().isCreated());

        mvc.perform(json(patch(ada.workspacePath("/members/" + bob.userId())), "{\"role\":\"VIEWER\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(post(ada.workspacePath("/organizations")), "{\"name\":\"Nordlys\"}")
                        .with(bob.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get(ada.workspacePath("/organizations")).with(bob.bearer())).andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/audit-events")).with(bob.bearer())).andExpect(status().isForbidden());

        mvc.perform(json(patch(ada.workspacePath("/members/" + bob.userId())), "{\"role\":\"ADMIN\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/audit-events")).with(bob.bearer())).andExpect(status().isOk());
    }

    @Test
    void anAdminCannotCreateOrTouchOwners() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        var cy = TestUsers.signUp(mvc, "Cy");
        TestUsers.addMember(mvc, ada, bob, "ADMIN");
        TestUsers.addMember(mvc, ada, cy, "MEMBER");

        mvc.perform(json(patch(ada.workspacePath("/members/" + cy.userId())), "{\"role\":\"OWNER\"}")
                        .with(bob.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(json(patch(ada.workspacePath("/members/" + ada.userId())), "{\"role\":\"VIEWER\"}")
                        .with(bob.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(delete(ada.workspacePath("/members/" + ada.userId())).with(bob.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(json(patch(ada.workspacePath("/members/" + cy.userId())), "{\"role\":\"VIEWER\"}")
                        .with(bob.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void removingAndLeavingAreAudited() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        var cy = TestUsers.signUp(mvc, "Cy");
        TestUsers.addMember(mvc, ada, bob, "MEMBER");
        TestUsers.addMember(mvc, ada, cy, "VIEWER");

        mvc.perform(delete(ada.workspacePath("/members/" + bob.userId())).with(ada.bearer()))
                .andExpect(status().isNoContent());
        // A viewer may leave, though they may change nothing else.
        mvc.perform(delete(ada.workspacePath("/members/" + cy.userId())).with(cy.bearer()))
                .andExpect(status().isNoContent());

        mvc.perform(get(ada.workspacePath("/members")).with(bob.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/audit-events")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].action").value("MEMBER_LEFT"))
                .andExpect(jsonPath("$.items[1].action").value("MEMBER_REMOVED"))
                .andExpect(jsonPath("$.items[1].target").value(bob.email()));
    }

    @Test
    void roleChangesAreAuditedWithBeforeAndAfter() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bob, "MEMBER");
        mvc.perform(json(patch(ada.workspacePath("/members/" + bob.userId())), "{\"role\":\"VIEWER\"}")
                .with(ada.bearer()));

        mvc.perform(get(ada.workspacePath("/audit-events")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].action").value("ROLE_CHANGED"))
                .andExpect(jsonPath("$.items[0].target").value(bob.email() + ": MEMBER → VIEWER"));
    }

    @Test
    void membersAreCursorPaginated() throws Exception {
        for (String name : new String[] {"Bob", "Cy", "Di"}) {
            TestUsers.addMember(mvc, ada, TestUsers.signUp(mvc, name), "MEMBER");
        }
        String first = mvc.perform(
                        get(ada.workspacePath("/members")).param("limit", "3").with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.nextCursor").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(ada.workspacePath("/members"))
                        .param("limit", "3")
                        .param("cursor", (String) JsonPath.read(first, "$.nextCursor"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());

        mvc.perform(get(ada.workspacePath("/members"))
                        .param("cursor", "garbage!")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(ada.workspacePath("/members")).param("limit", "500").with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The limit must be between 1 and 200."));
    }

    @Test
    void aUserCanHaveSeveralWorkspaces() throws Exception {
        mvc.perform(json(post("/api/v1/workspaces"), "{\"name\":\"Side project\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("OWNER"));
        mvc.perform(get("/api/v1/workspaces").with(ada.bearer()))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].name", hasItem("Side project")));
    }
}
