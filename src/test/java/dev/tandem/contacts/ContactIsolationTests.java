package dev.tandem.contacts;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every contacts route, tried from another workspace: always 404, nothing changes. */
@TandemTest
class ContactIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contacts contacts;

    @Autowired
    Organizations organizations;

    SignedUp ada;
    SignedUp eve;
    UUID contact;
    UUID organization;

    @BeforeEach
    void twoWorkspaces() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        eve = TestUsers.signUp(mvc, "Eve");
        organization = ContactsFixture.organization(mvc, ada, "{\"name\":\"Acme\"}");
        contact = ContactsFixture.contact(
                mvc, ada, "{\"displayName\":\"Bea\",\"organizationId\":\"%s\"}".formatted(organization));
    }

    @Test
    void anotherUsersTokenGets404OnEveryApiRoute() throws Exception {
        String c = "/contacts/" + contact;
        for (String path : new String[] {
            "/contacts",
            c,
            c + "/notes",
            c + "/timeline",
            c + "/photo",
            "/contacts/duplicates",
            "/organizations",
            "/organizations/" + organization
        }) {
            mvc.perform(get(ada.workspacePath(path)).with(eve.bearer())).andExpect(status().isNotFound());
        }
        mvc.perform(json(post(ada.workspacePath("/contacts")), "{\"displayName\":\"X\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(put(ada.workspacePath(c)), "{\"displayName\":\"X\"}").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(ada.workspacePath(c)).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(post(ada.workspacePath(c + "/notes")), "{\"body\":\"x\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post(ada.workspacePath("/contacts/merge")),
                                "{\"keep\":\"%s\",\"merge\":\"%s\"}".formatted(contact, UUID.randomUUID()))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(ada.workspacePath("/organizations")), "{\"name\":\"X\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(put(ada.workspacePath("/organizations/" + organization)), "{\"name\":\"X\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(ada.workspacePath("/organizations/" + organization)).with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath(c)).with(ada.bearer())).andExpect(status().isOk());
    }

    @Test
    void namesLookedUpByIdFindOnlyOnesOwnWorkspacesRows() {
        var adas = WorkspaceId.of(ada.workspaceId());
        var eves = WorkspaceId.of(eve.workspaceId());
        assertThat(contacts.names(eves, List.of(contact))).isEmpty();
        assertThat(organizations.names(eves, List.of(organization))).isEmpty();
        assertThat(contacts.names(adas, List.of(contact, contact))).containsExactly(Map.entry(contact, "Bea"));
        assertThat(organizations.names(adas, List.of(organization))).containsExactly(Map.entry(organization, "Acme"));
    }

    @Test
    void idsOfAnotherWorkspaceAre404ThroughOnesOwnWorkspace() throws Exception {
        String c = "/contacts/" + contact;
        for (String path : new String[] {c, c + "/notes", c + "/timeline", "/organizations/" + organization}) {
            mvc.perform(get(eve.workspacePath(path)).with(eve.bearer())).andExpect(status().isNotFound());
        }
        mvc.perform(json(put(eve.workspacePath(c)), "{\"displayName\":\"X\"}").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(eve.workspacePath(c)).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(post(eve.workspacePath(c + "/notes")), "{\"body\":\"x\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        UUID own = ContactsFixture.contact(mvc, eve, "{\"displayName\":\"Own\"}");
        mvc.perform(json(
                                post(eve.workspacePath("/contacts/merge")),
                                "{\"keep\":\"%s\",\"merge\":\"%s\"}".formatted(own, contact))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post(eve.workspacePath("/contacts")),
                                "{\"displayName\":\"X\",\"organizationId\":\"%s\"}".formatted(organization))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath(c)).with(ada.bearer())).andExpect(status().isOk());
    }

    @Test
    void anotherUsersSessionGets404OnEveryPage() throws Exception {
        var browser = ContactsFixture.logIn(mvc, eve);
        String w = "/w/" + ada.workspaceId();
        for (String path : new String[] {
            "/contacts",
            "/contacts/new",
            "/contacts/" + contact,
            "/contacts/" + contact + "/edit",
            "/contacts/" + contact + "/timeline",
            "/contacts/" + contact + "/photo",
            "/contacts/duplicates",
            "/organizations",
            "/organizations/new",
            "/organizations/" + organization,
            "/organizations/" + organization + "/edit"
        }) {
            mvc.perform(get(w + path).with(browser)).andExpect(status().isNotFound());
        }
        for (String path : new String[] {
            "/contacts",
            "/contacts/" + contact,
            "/contacts/" + contact + "/delete",
            "/contacts/" + contact + "/notes",
            "/organizations",
            "/organizations/" + organization,
            "/organizations/" + organization + "/delete"
        }) {
            mvc.perform(post(w + path)
                            .with(csrf())
                            .with(browser)
                            .param("displayName", "X")
                            .param("name", "X")
                            .param("body", "x"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(w + "/contacts/merge")
                        .with(csrf())
                        .with(browser)
                        .param("keep", contact.toString())
                        .param("merge", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        String own = "/w/" + eve.workspaceId();
        mvc.perform(get(own + "/contacts/" + contact).with(browser)).andExpect(status().isNotFound());
        mvc.perform(get(own + "/organizations/" + organization).with(browser)).andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/contacts/" + contact)).with(ada.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        var vic = TestUsers.signUp(mvc, "Vic");
        TestUsers.addMember(mvc, ada, vic, "VIEWER");
        mvc.perform(get(ada.workspacePath("/contacts")).with(vic.bearer())).andExpect(status().isOk());
        mvc.perform(json(post(ada.workspacePath("/contacts")), "{\"displayName\":\"X\"}")
                        .with(vic.bearer()))
                .andExpect(status().isForbidden());
    }
}
