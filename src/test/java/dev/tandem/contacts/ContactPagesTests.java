package dev.tandem.contacts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages: live search (fragment for htmx, page otherwise), forms with inline errors, notes, merge. */
@TandemTest
class ContactPagesTests {

    @Autowired
    MockMvc mvc;

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
    void anEmptyListSaysWhatToDo() throws Exception {
        mvc.perform(get(w + "/contacts").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No contacts yet")));
        mvc.perform(get(w + "/organizations").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No organisations yet")));
    }

    @Test
    void searchAnswersAFragmentToHtmxAndAPageOtherwise() throws Exception {
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"José Álvarez\",\"organizationName\":\"Globex\"}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Mary Jones\"}");

        mvc.perform(get(w + "/contacts")
                        .param("q", "jose")
                        .header("HX-Request", "true")
                        .with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<section id=\"contact-results\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("José Álvarez")))
                .andExpect(content().string(not(containsString("Mary Jones"))));
        mvc.perform(get(w + "/contacts").param("q", "jose").with(browser))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("José Álvarez")))
                .andExpect(content().string(not(containsString("Mary Jones"))));
        mvc.perform(get(w + "/contacts")
                        .param("q", "zzz")
                        .header("HX-Request", "true")
                        .with(browser))
                .andExpect(content().string(containsString("No contact matches")));
        mvc.perform(get(w + "/organizations")
                        .param("q", "glob")
                        .header("HX-Request", "true")
                        .with(browser))
                .andExpect(content().string(startsWith("<section id=\"organization-results\"")))
                .andExpect(content().string(containsString("Globex")));
    }

    @Test
    void theFormShowsErrorsInlineAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post(w + "/contacts")
                        .with(csrf())
                        .with(browser)
                        .param("givenName", "Bea")
                        .param("emails", "bea@x.test\nnot-an-email")
                        .param("website", "example.com"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a valid email address.")))
                .andExpect(content().string(containsString("Enter an address starting with http:// or https://.")))
                .andExpect(content().string(containsString("value=\"Bea\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(get(w + "/contacts").with(browser)).andExpect(content().string(containsString("No contacts yet")));

        String location = mvc.perform(post(w + "/contacts")
                        .with(csrf())
                        .with(browser)
                        .param("givenName", "Bea")
                        .param("familyName", "Rossi")
                        .param("emails", "bea@x.test")
                        .param("organizationName", "Initech")
                        .param("tags", "vip, partner"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bea Rossi")))
                .andExpect(content().string(containsString("Initech")))
                .andExpect(content().string(containsString("Contact Bea Rossi added")));
        mvc.perform(post(w + "/contacts")
                        .with(csrf())
                        .with(browser)
                        .param("displayName", "Other")
                        .param("emails", "BEA@x.test"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already belongs to another contact")));
    }

    @Test
    void notesAreAddedWithHtmxOrByAPlainPost() throws Exception {
        UUID id = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Bea\"}");
        String path = w + "/contacts/" + id + "/notes";
        mvc.perform(post(path)
                        .with(csrf())
                        .with(browser)
                        .param("body", "First talk")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<section class=\"card\" id=\"notes\"")))
                .andExpect(content().string(containsString("First talk")));
        mvc.perform(post(path).with(csrf()).with(browser).param("body", "").header("HX-Request", "true"))
                .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post(path)
                        .with(csrf())
                        .with(browser)
                        .param("body", "Second")
                        .param("visibility", "SHARED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/w/")));
        mvc.perform(get(w + "/contacts/" + id).with(browser))
                .andExpect(content().string(containsString("Second")))
                .andExpect(content().string(containsString("Shared note added")));
        mvc.perform(get(w + "/contacts/" + id + "/timeline")
                        .header("HX-Request", "true")
                        .with(browser))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Internal note added")));
    }

    @Test
    void duplicatesAreListedAndMergedFromThePage() throws Exception {
        UUID keep = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Zoë Ng\",\"emails\":[\"z@a.test\"]}");
        UUID merge = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"zoe ng\",\"emails\":[\"z@b.test\"]}");
        mvc.perform(get(w + "/contacts/duplicates").with(browser))
                .andExpect(content().string(containsString("Same name")))
                .andExpect(content().string(containsString("zoe ng")));
        mvc.perform(post(w + "/contacts/merge")
                        .with(csrf())
                        .with(browser)
                        .param("keep", keep.toString())
                        .param("merge", merge.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(w + "/contacts/" + keep).with(browser))
                .andExpect(content().string(containsString("z@b.test")));
        mvc.perform(get(w + "/contacts/duplicates").with(browser))
                .andExpect(content().string(containsString("No duplicates found")));
    }

    @Test
    void organisationPagesWork() throws Exception {
        String location = mvc.perform(post(w + "/organizations")
                        .with(csrf())
                        .with(browser)
                        .param("name", "Acme")
                        .param("size", "11-50")
                        .param("tags", "partner"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(browser)).andExpect(content().string(containsString("11-50 people")));
        mvc.perform(get(location + "/edit").with(browser))
                .andExpect(content().string(containsString("value=\"Acme\"")));
        mvc.perform(post(w + "/organizations").with(csrf()).with(browser).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")));
    }
}
