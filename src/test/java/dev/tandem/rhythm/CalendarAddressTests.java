package dev.tandem.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.WebSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Without a configured base URL the calendar feed's address is the one the page was opened on, not localhost. */
@TandemTest
@TestPropertySource(properties = "tandem.base-url=")
class CalendarAddressTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theFeedLinkUsesTheAddressTheRequestCameIn() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var result = mvc.perform(post("http://tandem.example.org:8080/calendar/feed")
                        .with(WebSessions.logIn(mvc, ada))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((String) result.getFlashMap().get("feedUrl"))
                .startsWith("http://tandem.example.org:8080/calendar/")
                .endsWith(".ics");
    }
}
