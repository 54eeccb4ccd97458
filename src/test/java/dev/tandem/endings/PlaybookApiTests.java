package dev.tandem.endings;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The vendor and sunset playbooks end to end through the API, drafts in three languages, refusals, isolation. */
@TandemTest
class PlaybookApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    SignedUp ada;
    EndingFixtures data;
    String ana;
    String nimbus;

    @BeforeEach
    void vendor() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new EndingFixtures(mvc, ada);
        ana = data.contact("Ana Ruiz", "it");
        nimbus = data.create("/partnerships", """
                {"name":"Nimbus","kind":"VENDOR","contactId":"%s"}""".formatted(ana));
        String goal = data.create(
                "/partnerships/" + nimbus + "/goals", "{\"title\":\"Billing migrated\",\"dueOn\":\"2099-12-31\"}");
        mvc.perform(json(patch(ada.workspacePath("/goals/" + goal)), "{\"status\":\"ACHIEVED\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        String delivered = data.create(
                "/partnerships/" + nimbus + "/commitments",
                "{\"what\":\"Nightly backups restored in an hour\",\"ownerSide\":\"THEM\",\"dueOn\":\"2099-01-01\"}");
        mvc.perform(json(patch(ada.workspacePath("/commitments/" + delivered)), "{\"status\":\"DONE\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        data.contract(nimbus, EndingFixtures.WITH_EXIT);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theVendorPlaybookWindsDownDraftsInTheirLanguageAndEndsThePartnership() throws Exception {
        String run = data.create("/partnerships/" + nimbus + "/playbook-runs", "{\"playbook\":\"VENDOR\"}");
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("WINDING_DOWN"));
        mvc.perform(get(ada.workspacePath("/playbook-runs/" + run)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps", hasSize(5)))
                .andExpect(jsonPath("$.facts.wins", hasItem("Billing migrated")))
                .andExpect(jsonPath("$.facts.wins", hasItem("Nightly backups restored in an hour")))
                .andExpect(jsonPath("$.facts.noticeDays").value(90))
                .andExpect(jsonPath("$.facts.terminationCost").value("Three months of fees"))
                .andExpect(jsonPath("$.facts.language").value("it"));
        mvc.perform(json(
                                put(ada.workspacePath("/playbook-runs/" + run + "/steps/1")),
                                "{\"checked\":[\"needsWritten\"],\"notes\":\"Ci serve assistenza 24 ore su 24.\"}")
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value(1))
                .andExpect(jsonPath("$.steps[1].checklist[0].checked").value(true));

        mvc.perform(get(ada.workspacePath("/playbook-runs/" + run + "/draft")).with(ada.bearer()))
                .andExpect(jsonPath("$.language").value("it"))
                .andExpect(jsonPath("$.to").value("ana.ruiz@example.org"))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Gentile Ana Ruiz",
                                "grazie",
                                "Billing migrated",
                                "Ci serve assistenza 24 ore su 24.",
                                "preavviso di 90 giorni",
                                "Three months of fees",
                                "piano di transizione",
                                "Ada")))
                .andExpect(jsonPath("$.mailto", containsString("mailto:ana.ruiz@example.org?subject=")));
        mvc.perform(get(ada.workspacePath("/playbook-runs/" + run + "/draft"))
                        .param("language", "es")
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.language").value("es"))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Hola, Ana Ruiz:",
                                "gracias",
                                "Billing migrated",
                                "los 90 días",
                                "Three months of fees",
                                "plan de transición")));
        mvc.perform(get(ada.workspacePath("/playbook-runs/" + run + "/draft"))
                        .param("language", "fr")
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Dear Ana Ruiz",
                                "thank you",
                                "Billing migrated",
                                "Nightly backups restored in an hour",
                                "90-day notice period",
                                "Three months of fees",
                                "transition plan",
                                "our paths cross again")));

        mvc.perform(json(
                                post(ada.workspacePath("/playbook-runs/" + run + "/finish")),
                                "{\"reason\":\"Moved to a provider with round-the-clock support\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finished").value(true));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("ENDED"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.items[*].text",
                        hasItem("Vendor playbook finished: Moved to a provider with round-the-clock support")))
                .andExpect(jsonPath("$.items[*].text", hasItem("Playbook started: a vendor who no longer fits")));
        mvc.perform(json(post(ada.workspacePath("/playbook-runs/" + run + "/finish")), "{\"reason\":\"Again\"}")
                        .with(ada.bearer()))
                .andExpect(status().isConflict());
    }

    @Test
    void theSunsetPlaybookEndsThePartnershipAndBringsBackAReconnectReminder() throws Exception {
        String run = data.create("/partnerships/" + nimbus + "/playbook-runs", "{\"playbook\":\"SUNSET\"}");
        mvc.perform(json(
                                put(ada.workspacePath("/playbook-runs/" + run + "/steps/0")),
                                "{\"checked\":[\"retroHeld\"],\"notes\":\"we migrated everything we set out to.\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/playbook-runs/" + run + "/draft"))
                        .param("language", "en")
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.subject").value("Thank you for what we built together (Nimbus)"))
                .andExpect(jsonPath(
                        "$.body",
                        EndingFixtures.facts(
                                "Together we achieved Billing migrated and Nightly backups",
                                "run its course: we migrated everything we set out to.",
                                "door stays open")));
        mvc.perform(json(
                                post(ada.workspacePath("/playbook-runs/" + run + "/finish")),
                                "{\"reason\":\"Done together\",\"reconnectMonths\":1}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("ENDED"));
        var session = WebSessions.logIn(mvc, ada);
        String week = "/w/" + ada.workspaceId() + "/my-week";
        mvc.perform(get(week).with(session)).andExpect(content().string(not(containsString("Reconnect with Nimbus"))));
        clock.advance(Duration.ofDays(31));
        mvc.perform(get(week).with(session)).andExpect(content().string(containsString("Reconnect with Nimbus")));
    }

    @Test
    void aStepOrFinishBasedOnAStaleVersionIs412AndWritesNothing() throws Exception {
        String run = data.create("/partnerships/" + nimbus + "/playbook-runs", "{\"playbook\":\"VENDOR\"}");
        String path = ada.workspacePath("/playbook-runs/" + run);
        mvc.perform(json(put(path + "/steps/1"), "{\"checked\":[],\"notes\":\"Round-the-clock support.\"}")
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        mvc.perform(json(put(path + "/steps/1"), "{\"checked\":[],\"notes\":\"Cheaper elsewhere.\"}")
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"Cheaper elsewhere\"}")
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed());

        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.notes").value("Round-the-clock support."))
                .andExpect(jsonPath("$.finished").value(false));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("WINDING_DOWN"));
    }

    @Test
    void badInputIs400AndWritesNothing() throws Exception {
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + nimbus + "/playbook-runs")),
                                "{\"playbook\":\"NOPE\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/playbook-runs"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("EXPLORING"));
        String run = data.create("/partnerships/" + nimbus + "/playbook-runs", "{\"playbook\":\"VENDOR\"}");
        String path = ada.workspacePath("/playbook-runs/" + run);
        mvc.perform(json(put(path + "/steps/9"), "{\"checked\":[]}").with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put(path + "/steps/0"), "{\"checked\":[\"dataReturned\"]}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put(path + "/steps/1"), "{\"notes\":\"%s\"}".formatted("x".repeat(4001)))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(path + "/finish"), "{\"reason\":\" \"}").with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"Ok\",\"reconnectMonths\":0}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.finished").value(false))
                .andExpect(jsonPath("$.step").value(0));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus)).with(ada.bearer()))
                .andExpect(jsonPath("$.stage").value("WINDING_DOWN"));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + nimbus + "/playbook-runs")),
                                "{\"playbook\":\"SUNSET\"}")
                        .with(ada.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(json(post(path + "/draft/send"), "{\"subject\":\"Thanks\",\"body\":\"Thank you\"}")
                        .with(ada.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", not(hasItem("playbook.sent"))));
    }

    @Test
    void anotherWorkspaceSeesNoRunAndChangesNone() throws Exception {
        String run = data.create("/partnerships/" + nimbus + "/playbook-runs", "{\"playbook\":\"VENDOR\"}");
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        String path = "/api/v1/workspaces/" + eve.workspaceId() + "/playbook-runs/" + run;
        mvc.perform(get(path).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(path + "/draft").with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(put(path + "/steps/0"), "{\"checked\":[]}").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(path + "/finish"), "{\"reason\":\"Taken\"}").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post("/api/v1/workspaces/" + eve.workspaceId() + "/partnerships/" + nimbus
                                        + "/playbook-runs"),
                                "{\"playbook\":\"VENDOR\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/playbook-runs/" + run)).with(ada.bearer()))
                .andExpect(jsonPath("$.finished").value(false));
    }
}
