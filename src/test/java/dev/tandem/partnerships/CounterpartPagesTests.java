package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static dev.tandem.partnerships.PartnershipMother.partnership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import dev.tandem.timeline.Timeline;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Counterparts on the pages: the live-search pickers, starting from a contact, their side, a contact's partnerships. */
@TandemTest
class CounterpartPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Timeline timeline;

    SignedUp ada;
    RequestPostProcessor session;
    String base;
    UUID jose;
    UUID mary;

    @BeforeEach
    void signedIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        base = "/w/" + ada.workspaceId() + "/partnerships";
        jose = contact(ada, "{\"displayName\":\"José Núñez\",\"organizationName\":\"Globex\"}");
        mary = contact(ada, "{\"displayName\":\"Mary Jones\"}");
    }

    @Test
    void thePickersAnswerTheirOptionsAsOneTypesKeepingTheChosenOneFirst() throws Exception {
        mvc.perform(get(base + "/pick/contacts")
                        .param("contactQ", "jose")
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div class=\"picker-options\" id=\"contact-options\"")))
                .andExpect(content().string(containsString("José Núñez")))
                .andExpect(content().string(containsString("· Globex")))
                .andExpect(content().string(containsString("Nobody in particular")))
                .andExpect(content().string(not(containsString("Mary Jones"))));
        String kept = mvc.perform(get(base + "/pick/contacts")
                        .param("contactQ", "nunez")
                        .param("contactId", mary.toString())
                        .param("none", "false")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Nobody in particular"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(kept.indexOf("Mary Jones")).isPositive().isLessThan(kept.indexOf("José Núñez"));
        assertThat(kept).contains("value=\"" + mary + "\" checked");
        mvc.perform(get(base + "/pick/contacts").param("contactQ", "zzz").with(session))
                .andExpect(content().string(containsString("Nothing matches “zzz”")));
        mvc.perform(get(base + "/pick/organizations")
                        .param("organizationQ", "glo")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"organization-options\"")))
                .andExpect(content().string(containsString("Globex")));
    }

    @Test
    void startingFromAContactFillsInThePersonTheirOrganisationAndAName() throws Exception {
        mvc.perform(get(base + "/new").param("contact", jose.toString()).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Jos&eacute; N&uacute;&ntilde;ez &mdash; Globex\"")))
                .andExpect(content().string(containsString("value=\"" + jose + "\" checked")))
                .andExpect(content().string(containsString("<legend>Their organisation</legend>")))
                .andExpect(content().string(containsString("for=\"contact-q\"")));
        mvc.perform(get(base + "/new")
                        .param("contact", UUID.randomUUID().toString())
                        .with(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutJavaScriptTheSearchButtonShowsTheMatchesAndKeepsTheForm() throws Exception {
        mvc.perform(post(base)
                        .with(csrf())
                        .with(session)
                        .param("pick", "contact")
                        .param("contactQ", "mary")
                        .param("name", "")
                        .param("purpose", "Kept text")
                        .param("kind", "VENDOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mary Jones")))
                .andExpect(content().string(containsString("Kept text")))
                .andExpect(content().string(not(containsString("This field is required."))));
        mvc.perform(get(base).with(session)).andExpect(content().string(containsString("No partnerships yet")));
    }

    @Test
    void aPartnershipWithAContactIsListedOnTheirPageAndTheirSideCanGrow() throws Exception {
        String hub = mvc.perform(post(base)
                        .with(csrf())
                        .with(session)
                        .param("name", "Globex pilot")
                        .param("kind", "VENDOR")
                        .param("stage", "EXPLORING")
                        .param("contactId", jose.toString())
                        .param("organizationId", "")
                        .param("cadenceIdealDays", "14")
                        .param("cadenceMaxDays", "30")
                        .param("visibility", "INTERNAL"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(hub).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("José Núñez")))
                .andExpect(content().string(containsString("Add someone on their side")));

        mvc.perform(get(base + "/of-contact/" + jose)
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div class=\"partnership-of-contact\"")))
                .andExpect(content().string(containsString("Globex pilot")))
                .andExpect(content().string(containsString("Exploring")));
        mvc.perform(get(base + "/of-contact/" + mary).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Not part of any partnership yet.")));

        mvc.perform(post(hub + "/participants/theirs")
                        .with(csrf())
                        .with(session)
                        .param("contactId", mary.toString())
                        .param("role", "Sponsor"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(hub).with(session))
                .andExpect(
                        content().string(containsString("Mary Jones joined “Globex pilot” on their side as Sponsor")));
        mvc.perform(get(base + "/of-contact/" + mary)
                        .header("HX-Request", "true")
                        .with(session))
                .andExpect(content().string(containsString("Globex pilot")));

        var refused = mvc.perform(post(hub + "/participants/theirs")
                        .with(csrf())
                        .with(session)
                        .param("role", "Sponsor"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get(hub).with(session).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("Choose a contact first")));
        mvc.perform(post(hub + "/participants/theirs")
                        .with(csrf())
                        .with(session)
                        .param("pick", "contact")
                        .param("contactQ", "José"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", hub + "?contactQ=Jos%C3%A9#participants"));
        mvc.perform(get(hub).param("contactQ", "jose").with(session))
                .andExpect(content().string(containsString("value=\"" + jose + "\"")));
    }

    @Test
    void deletingAPartnershipForgetsItsTimeline() throws Exception {
        UUID id = partnership("Short-lived").create(mvc, ada);
        var subject = TimelineSubject.partnership(id);
        var ws = new WorkspaceId(ada.workspaceId());
        assertThat(timeline.of(ws, subject, PageRequest.of(10, null)).items()).isNotEmpty();
        mvc.perform(post(base + "/" + id + "/delete").with(csrf()).with(session))
                .andExpect(status().is3xxRedirection());
        assertThat(timeline.of(ws, subject, PageRequest.of(10, null)).items()).isEmpty();
    }

    @Test
    void anotherUsersSessionCannotPickOrReadThisWorkspacesPeople() throws Exception {
        UUID id = partnership("Acme").create(mvc, ada);
        SignedUp eveUser = TestUsers.signUp(mvc, "Eve");
        var eve = WebSessions.logIn(mvc, eveUser);
        UUID evesContact = contact(eveUser, "{\"displayName\":\"José Other\"}");
        for (String page : new String[] {
            base + "/pick/contacts?contactQ=jose",
            base + "/pick/organizations?organizationQ=glo",
            base + "/of-contact/" + jose,
            base + "/new?contact=" + jose
        }) {
            mvc.perform(get(page).with(eve)).andExpect(status().isNotFound());
        }
        mvc.perform(post(base + "/" + id + "/participants/theirs")
                        .with(csrf())
                        .with(eve)
                        .param("contactId", jose.toString())
                        .param("role", "x"))
                .andExpect(status().isNotFound());
        // Eve's own workspace does not show Ada's people, and Ada cannot reach Eve's contact.
        mvc.perform(get("/w/" + eveUser.workspaceId() + "/partnerships/pick/contacts")
                        .param("contactQ", "jose")
                        .with(eve))
                .andExpect(content().string(containsString("José Other")))
                .andExpect(content().string(not(containsString("Núñez"))));
        mvc.perform(get(base + "/of-contact/" + evesContact).with(session)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/new").param("contact", evesContact.toString()).with(session))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/" + id + "/participants/theirs")
                        .with(csrf())
                        .with(session)
                        .param("contactId", evesContact.toString())
                        .param("role", "x"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/" + id).with(session)).andExpect(content().string(not(containsString("José Other"))));
    }

    private UUID contact(SignedUp user, String body) throws Exception {
        String response = mvc.perform(
                        json(post(user.workspacePath("/contacts")), body).with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }
}
