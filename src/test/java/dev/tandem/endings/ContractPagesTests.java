package dev.tandem.endings;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The "Ending" page of a partnership, and notice deadlines on My week and the portfolio. */
@TandemTest
class ContractPagesTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    EndingFixtures data;
    RequestPostProcessor session;
    String nimbus;
    String page;

    @BeforeEach
    void signedIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new EndingFixtures(mvc, ada);
        session = WebSessions.logIn(mvc, ada);
        nimbus = data.partnership("Nimbus", "VENDOR");
        page = "/w/" + ada.workspaceId() + "/partnerships/" + nimbus + "/ending";
    }

    @Test
    void theHubLinksToTheEndingPageWhereAContractIsRecordedWithItsErrorsInline() throws Exception {
        mvc.perform(get("/w/" + ada.workspaceId() + "/partnerships/" + nimbus).with(session))
                .andExpect(content().string(containsString(page)));
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No contracts yet.")));
        String add = page.replace("/ending", "/contracts");
        mvc.perform(post(add)
                        .with(session)
                        .with(csrf())
                        .param("title", "Hosting")
                        .param("counterparty", "")
                        .param("startsOn", "2026-02-30")
                        .param("documentUrl", "ftp://files"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("Write the date as 2026-12-01.")))
                .andExpect(content().string(containsString("No contracts yet.")));
        mvc.perform(post(add)
                        .with(session)
                        .with(csrf())
                        .param("title", "Hosting")
                        .param("counterparty", "Nimbus Srl")
                        .param("startsOn", "2026-01-01")
                        .param("documentUrl", "ftp://files"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an address starting with http:// or https://.")));
        mvc.perform(post(add)
                        .with(session)
                        .with(csrf())
                        .param("title", "Hosting")
                        .param("counterparty", "Nimbus Srl")
                        .param("startsOn", "2026-01-01")
                        .param("endsOn", "2027-12-31")
                        .param("noticeDays", "90")
                        .param("terminationCost", "Three months of fees"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contract without exit terms")))
                .andExpect(content().string(containsString("Three months of fees")))
                .andExpect(content().string(containsString("90 days")));
    }

    @Test
    void anEditBasedOnAnOldVersionShowsWhatChangedMeanwhile() throws Exception {
        String hosting = data.contract(nimbus, EndingFixtures.WITH_EXIT);
        String edit = page.replace("/ending", "/contracts/" + hosting + "/edit");
        mvc.perform(get(edit).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Six weeks of parallel running")));
        mvc.perform(post(edit)
                        .with(session)
                        .with(csrf())
                        .param("version", "0")
                        .param("title", "Hosting 2")
                        .param("counterparty", "Nimbus Srl")
                        .param("startsOn", "2026-01-01"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(edit)
                        .with(session)
                        .with(csrf())
                        .param("version", "0")
                        .param("title", "Hosting 3")
                        .param("counterparty", "Nimbus Srl")
                        .param("startsOn", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed-meanwhile")));
        mvc.perform(get(ada.workspacePath("/contracts/" + hosting)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Hosting 2"));
    }

    @Test
    void aNoticeDeadlineWithinThirtyDaysIsOnMyWeekAndInThePortfolio() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        data.contract(nimbus, """
                {"title":"Hosting","counterparty":"Nimbus Srl","startsOn":"2026-01-01","endsOn":"%s","noticeDays":20}""".formatted(today.plusDays(40)));
        data.contract(nimbus, """
                {"title":"Far away","counterparty":"Nimbus Srl","startsOn":"2026-01-01","endsOn":"%s","noticeDays":20}""".formatted(today.plusDays(80)));
        mvc.perform(get("/w/" + ada.workspaceId() + "/my-week").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Last day to give notice on “Hosting” (Nimbus)")))
                .andExpect(content().string(not(containsString("Far away"))));
        mvc.perform(get("/w/" + ada.workspaceId()).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Notice deadlines")))
                .andExpect(content().string(containsString("“Hosting”: notice by")))
                .andExpect(content().string(not(containsString("“Far away”: notice by"))));
        mvc.perform(get(page).with(session)).andExpect(content().string(containsString("Notice due in 20 days")));
    }
}
