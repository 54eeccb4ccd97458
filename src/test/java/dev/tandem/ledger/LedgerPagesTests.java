package dev.tandem.ledger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ledger and recognition tabs as a browser uses them: empty states that say why it matters, inline refusals,
 * the balance chart, the one-sided alert on the dashboard, a milestone thanked.
 */
@TandemTest
class LedgerPagesTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor session;
    UUID acme;
    UUID ana;
    String base;

    @BeforeEach
    void signedIn() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        ana = RhythmMother.contact(mvc, ada, "Ana Ruiz");
        RhythmMother.id(
                mvc,
                ada,
                "/partnerships/" + acme + "/participants",
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(ana));
        base = "/w/" + ada.workspaceId() + "/partnerships/" + acme;
    }

    @Test
    void emptyTabsExplainWhyItMattersAndTheHubLinksToThem() throws Exception {
        mvc.perform(get(base + "/ledger").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A partnership is real when both sides invest")))
                .andExpect(content().string(containsString("an hour is worth 1; 50 EUR is worth 1")));
        mvc.perform(get(base + "/recognition").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thanking people by name")));
        mvc.perform(get(base).with(session))
                .andExpect(content().string(containsString(base + "/ledger")))
                .andExpect(content().string(containsString(base + "/recognition")));
    }

    @Test
    void badInputIsShownNextToItsFieldAndNothingIsWritten() throws Exception {
        mvc.perform(post(base + "/contributions")
                        .with(session)
                        .with(csrf())
                        .param("side", "US")
                        .param("kind", "TIME")
                        .param("description", "Workshop")
                        .param("amount", "-4")
                        .param("occurredOn", "2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The amount cannot be negative.")));
        mvc.perform(post(base + "/contributions")
                        .with(session)
                        .with(csrf())
                        .param("side", "US")
                        .param("kind", "MONEY")
                        .param("description", "Venue")
                        .param("amount", "100")
                        .param("currency", "ABC")
                        .param("occurredOn", "2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ABC is not an ISO 4217 currency code.")));
        mvc.perform(post(base + "/milestones")
                        .with(session)
                        .with(csrf())
                        .param("title", "Launch")
                        .param("reachedOn", "2026-11-01")
                        .param("contributors", "THEIRS:" + UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose people taking part in this partnership.")));
        mvc.perform(get(base + "/ledger").with(session))
                .andExpect(content().string(containsString("No contributions recorded yet.")));
        mvc.perform(get(base + "/recognition").with(session))
                .andExpect(content().string(containsString("No milestones yet.")));
    }

    @Test
    void contributionsUntilTheAlertFiresThenAMilestoneAndAThankYou() throws Exception {
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        for (String hours : new String[] {"10", "12", "8"}) {
            mvc.perform(post(base + "/contributions")
                            .with(session)
                            .with(csrf())
                            .param("side", "US")
                            .param("kind", "TIME")
                            .param("description", "Mentoring session")
                            .param("amount", hours)
                            .param("occurredOn", day))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(base + "/contributions")
                        .with(session)
                        .with(csrf())
                        .param("side", "THEM")
                        .param("kind", "TIME")
                        .param("description", "Feedback call")
                        .param("amount", "1")
                        .param("occurredOn", day)
                        .param("personId", ana.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/ledger").with(session))
                .andExpect(content().string(containsString("Us 30 (97%), them 1 (3%), in hours")))
                .andExpect(content().string(containsString("Mentoring session")))
                .andExpect(content().string(containsString("Feedback call")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/w/" + ada.workspaceId()).with(session))
                .andExpect(content().string(containsString("One-sided investment")))
                .andExpect(content().string(containsString("Their side put in 1.0 of 31.0 hours (3%)")));

        mvc.perform(post(base + "/milestones")
                        .with(session)
                        .with(csrf())
                        .param("title", "Pilot live")
                        .param("reachedOn", day)
                        .param("achieved", "First 100 users")
                        .param("contributors", "THEIRS:" + ana))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/recognition").with(session))
                .andExpect(content().string(containsString("Not thanked yet")))
                .andExpect(content().string(containsString("Thank you for your part in Pilot live")));
        String milestone = JsonPath.read(
                mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/milestones"))
                                .with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].id");
        mvc.perform(post(base + "/kudos")
                        .with(session)
                        .with(csrf())
                        .param("person", "THEIRS:" + ana)
                        .param("milestoneId", milestone)
                        .param("message", "Thank you, Ana!"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/recognition").with(session))
                .andExpect(content().string(not(containsString("Not thanked yet"))))
                .andExpect(content().string(containsString("Ada thanked Ana Ruiz")));
        mvc.perform(get("/w/" + ada.workspaceId() + "/contacts/" + ana + "/timeline")
                        .with(session))
                .andExpect(content().string(containsString("Thank you, Ana!")));
    }
}
