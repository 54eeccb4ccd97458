package dev.tandem.rhythm;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.WebSessions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The meeting form starts in the time zone of the person filling it in, not in a fixed one. */
@TandemTest
class MeetingFormZoneTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theMeetingFormDefaultsToTheUsersTimeZone() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var session = WebSessions.logIn(mvc, ada);
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme Labs");
        String meetings = "/w/" + ada.workspaceId() + "/partnerships/" + acme + "/meetings";
        for (String zone : new String[] {"America/Lima", "Asia/Tokyo"}) {
            mvc.perform(post("/account/profile")
                    .with(csrf())
                    .with(session)
                    .param("displayName", "Ada")
                    .param("locale", "en")
                    .param("timeZone", zone));
            mvc.perform(get(meetings).with(session))
                    .andExpect(content().string(containsString("name=\"timeZone\" value=\"" + zone + "\"")));
        }
    }
}
