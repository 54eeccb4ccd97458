package dev.tandem.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Search for pickers, the ways out of the contact pages (import, export, partnerships), and timelines kept fresh. */
@TandemTest
class ContactLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactService contacts;

    @Autowired
    OrganizationService organizations;

    SignedUp ada;
    RequestPostProcessor browser;
    String w;

    @BeforeEach
    void logIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        browser = ContactsFixture.logIn(mvc, ada);
        w = "/w/" + ada.workspaceId();
    }

    @Test
    void searchFindsContactsAndOrganisationsByWordPrefixesWithinTheWorkspace() throws Exception {
        UUID jose =
                ContactsFixture.contact(mvc, ada, "{\"displayName\":\"José Núñez\",\"organizationName\":\"Globex\"}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Mary Jones\"}");
        var eve = TestUsers.signUp(mvc, "Eve");
        ContactsFixture.contact(mvc, eve, "{\"displayName\":\"José Other\"}");
        var ws = member(ada);

        assertThat(contacts.search(ws, "jose nu", 5)).singleElement().satisfies(match -> {
            assertThat(match.id()).isEqualTo(jose);
            assertThat(match.displayName()).isEqualTo("José Núñez");
            assertThat(match.organizationName()).isEqualTo("Globex");
        });
        assertThat(contacts.search(ws, "globex", 5))
                .extracting(ContactMatch::displayName)
                .containsExactly("José Núñez");
        assertThat(contacts.search(ws, "  ", 5)).isEmpty();
        assertThat(contacts.search(ws, "j", 1)).hasSize(1);
        assertThat(organizations.search(ws, "GLO", 5))
                .extracting(OrganizationMatch::name)
                .containsExactly("Globex");
        assertThat(organizations.search(member(eve), "glo", 5)).isEmpty();
    }

    private static WorkspaceContext member(SignedUp user) {
        return new WorkspaceContext(
                WorkspaceId.of(user.workspaceId()), "Workspace", UserId.of(user.userId()), "Member", Role.OWNER);
    }

    @Test
    void theListLeadsToImportAndExportAndAContactToANewPartnership() throws Exception {
        mvc.perform(get(w + "/contacts").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + w + "/contacts/import\"")))
                .andExpect(content().string(containsString("Import from a file (vCard, CSV, LinkedIn)")));
        UUID id = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Mary Jones\"}");
        mvc.perform(get(w + "/contacts").with(browser))
                .andExpect(content().string(containsString("href=\"" + w + "/contacts/export?format=csv\"")))
                .andExpect(content().string(containsString("Import contacts")));
        mvc.perform(get(w + "/contacts/" + id).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + w + "/partnerships/new?contact=" + id + "\"")))
                .andExpect(content().string(containsString("hx-get=\"" + w + "/partnerships/of-contact/" + id + "\"")))
                .andExpect(content().string(containsString("hx-trigger=\"noteAdded from:body\"")));
    }

    @Test
    void aNoteAddedWithHtmxAsksTheTimelineToReload() throws Exception {
        UUID id = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Mary Jones\"}");
        mvc.perform(post(w + "/contacts/" + id + "/notes")
                        .with(csrf())
                        .with(browser)
                        .header("HX-Request", "true")
                        .param("body", "Met at the fair"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "noteAdded"));
        mvc.perform(post(w + "/contacts/" + id + "/notes")
                        .with(csrf())
                        .with(browser)
                        .header("HX-Request", "true")
                        .param("body", ""))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Trigger"));
        mvc.perform(get(w + "/contacts/" + id + "/timeline")
                        .header("HX-Request", "true")
                        .with(browser))
                .andExpect(content().string(containsString("Internal note added")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anOrganisationsTimelinePagesOnItsOwnRoute() throws Exception {
        UUID org = ContactsFixture.organization(mvc, ada, "{\"name\":\"Globex\"}");
        String route = w + "/organizations/" + org + "/timeline";
        mvc.perform(get(w + "/organizations/" + org).with(browser))
                .andExpect(content().string(containsString("Organisation Globex added")));
        mvc.perform(get(route).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Organisation Globex added")));
        mvc.perform(get(route).header("HX-Request", "true").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Organisation Globex added")));
        var eve = ContactsFixture.logIn(mvc, TestUsers.signUp(mvc, "Eve"));
        mvc.perform(get(route).with(eve)).andExpect(status().isNotFound());
        mvc.perform(get(w + "/organizations/" + UUID.randomUUID() + "/timeline").with(browser))
                .andExpect(status().isNotFound());
    }
}
