package dev.tandem.rhythm;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editing a group meetup in the browser's form: it opens filled in (the rule shown in words), a bad field is shown
 * next to it and nothing is written, a save moves the times, a form opened on an older version shows what changed
 * meanwhile and keeps the input, and another workspace's meetup is not found.
 */
@TandemTest
class MeetupEditTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor session;
    String meetup;
    String page;

    @BeforeEach
    void meetup() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        meetup = JsonPath.read(
                mvc.perform(json(post(ada.workspacePath("/meetups")), """
                                {"title":"Coffee club","rule":"FREQ=MONTHLY;BYDAY=1FR","timeZone":"Europe/Rome",
                                 "startsOn":"2027-02-05","startsAt":"17:30","minutes":90,"place":"Caffè Centrale"}""").with(ada.bearer()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        page = "/w/" + ada.workspaceId() + "/meetups/" + meetup;
    }

    @Test
    void theFormOpensFilledInAndASaveMovesTheTimes() throws Exception {
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(page + "/edit")));
        mvc.perform(get(page + "/edit").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Edit meetup")))
                .andExpect(content().string(containsString("value=\"Coffee club\"")))
                .andExpect(content().string(containsString("Centrale\"")))
                .andExpect(content().string(containsString("value=\"MONTHLY_WEEKDAY\" selected=\"selected\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(form("0", "Coffee club", "18:00").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));
        mvc.perform(get(ada.workspacePath("/meetups/" + meetup)).with(ada.bearer()))
                .andExpect(jsonPath("$.startsAt").value("18:00"))
                .andExpect(jsonPath("$.rule").value("FREQ=MONTHLY;BYDAY=1FR"))
                .andExpect(jsonPath("$.place").value("Caffè Centrale"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("Meetup updated.")))
                .andExpect(content().string(containsString("18:00 (Europe/Rome)")));
    }

    @Test
    void badFieldsAreShownInlineAndNothingIsWritten() throws Exception {
        mvc.perform(form("0", "", "25:99").with(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(containsString("value=\"25:99\"")));
        mvc.perform(form("0", "Coffee club", "25:99").with(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write a time as HH:MM.")));
        mvc.perform(form("0", "Coffee club", "18:00", "CUSTOM")
                        .param("rule", "FREQ=SOMETIMES")
                        .with(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write a rule Tandem can read")));
        mvc.perform(get(ada.workspacePath("/meetups/" + meetup)).with(ada.bearer()))
                .andExpect(jsonPath("$.startsAt").value("17:30"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aFormOpenedOnAnOlderVersionShowsWhatChangedMeanwhileAndKeepsTheInput() throws Exception {
        mvc.perform(form("0", "Coffee club", "19:00").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("0", "Evening club", "18:00").with(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed-meanwhile")))
                .andExpect(content().string(containsString("<li>Start time</li>")))
                .andExpect(content().string(containsString("value=\"Evening club\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get(ada.workspacePath("/meetups/" + meetup)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Coffee club"))
                .andExpect(jsonPath("$.startsAt").value("19:00"));

        mvc.perform(form("1", "Evening club", "18:00").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(ada.workspacePath("/meetups/" + meetup)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Evening club"))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void anotherWorkspacesMeetupIsNotFound() throws Exception {
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        var eves = WebSessions.logIn(mvc, eve);
        String theirs = "/w/" + eve.workspaceId() + "/meetups/" + meetup;
        mvc.perform(get(theirs + "/edit").with(eves)).andExpect(status().isNotFound());
        mvc.perform(post(theirs + "/edit")
                        .param("version", "0")
                        .param("title", "Mine now")
                        .param("repeats", "WEEKLY")
                        .param("startsOn", "2027-02-05")
                        .param("startsAt", "09:00")
                        .param("timeZone", "Europe/Rome")
                        .param("minutes", "60")
                        .with(eves)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/meetups/" + meetup)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Coffee club"))
                .andExpect(content().string(not(containsString("Mine now"))));
    }

    private MockHttpServletRequestBuilder form(String version, String title, String startsAt) {
        return form(version, title, startsAt, "MONTHLY_WEEKDAY");
    }

    private MockHttpServletRequestBuilder form(String version, String title, String startsAt, String repeats) {
        return post(page + "/edit")
                .param("version", version)
                .param("title", title)
                .param("repeats", repeats)
                .param("startsOn", "2027-02-05")
                .param("startsAt", startsAt)
                .param("timeZone", "Europe/Rome")
                .param("minutes", "90")
                .param("place", "Caffè Centrale");
    }
}
