package dev.tandem.ledger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** The valuation settings page: everyone reads how balances count, admins change it, a bad value loses nothing. */
@TandemTest
class ValuationPagesTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor session;
    String page;

    @BeforeEach
    void signedIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        page = "/w/" + ada.workspaceId() + "/settings/ledger";
    }

    @Test
    void anAdminChangesHowContributionsCountAndTheApiReadsIt() throws Exception {
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"50\"")))
                .andExpect(content().string(containsString("value=\"EUR\"")));

        mvc.perform(form("80", "USD 0,92\nGBP 1.17", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("Saved: every balance now counts this way.")))
                .andExpect(content().string(containsString("value=\"80\"")))
                .andExpect(content().string(containsString("GBP 1.17\nUSD 0.92")));
        mvc.perform(get(ada.workspacePath("/ledger/valuation")).with(ada.bearer()))
                .andExpect(jsonPath("$.moneyPerUnit").value(80))
                .andExpect(jsonPath("$.rates.USD").value(0.92))
                .andExpect(jsonPath("$.kindValues.RESOURCE").value(4));
    }

    @Test
    void aBadValueIsShownOnTheFormAndNothingIsSaved() throws Exception {
        mvc.perform(form("fifty", "", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a value from 0 to 1,000,000.")))
                .andExpect(content().string(containsString("value=\"fifty\"")));
        mvc.perform(form("60", "XYZ 2", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Saved:"))));
        mvc.perform(form("60", "USD", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This line is not a currency and a rate: USD")));
        mvc.perform(get(ada.workspacePath("/ledger/valuation")).with(ada.bearer()))
                .andExpect(jsonPath("$.moneyPerUnit").value(50));
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwrittenAndMembersOnlyRead() throws Exception {
        mvc.perform(form("70", "", "0")).andExpect(status().is3xxRedirection());
        // a second form still showing version 0
        mvc.perform(form("90", "", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed meanwhile")));
        mvc.perform(get(ada.workspacePath("/ledger/valuation")).with(ada.bearer()))
                .andExpect(jsonPath("$.moneyPerUnit").value(70));

        SignedUp max = TestUsers.signUp(mvc, "Max");
        TestUsers.addMember(mvc, ada, max, "MEMBER");
        var maxSession = WebSessions.logIn(mvc, max);
        mvc.perform(get(page).with(maxSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Owners and admins change these.")));
        mvc.perform(post(page).with(maxSession).with(csrf()).param("moneyPerUnit", "1"))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder form(String moneyPerUnit, String rates, String version) {
        return post(page)
                .with(session)
                .with(csrf())
                .param("unit", "HOURS")
                .param("currency", "EUR")
                .param("moneyPerUnit", moneyPerUnit)
                .param("value.TIME", "1")
                .param("value.RESOURCE", "4")
                .param("value.INTRODUCTION", "2")
                .param("value.EXPERTISE", "4")
                .param("value.LEADS", "2")
                .param("value.LEARNING", "1")
                .param("value.REPUTATION", "1")
                .param("value.ACCESS", "1")
                .param("value.OTHER", "1")
                .param("rates", rates)
                .param("version", version);
    }
}
