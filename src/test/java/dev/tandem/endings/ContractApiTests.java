package dev.tandem.endings;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Contracts through the API: exit terms and the health signal, versions, refusals, other workspaces. */
@TandemTest
class ContractApiTests {

    static final String WITHOUT_EXIT = """
            {"title":"Support","counterparty":"Nimbus Srl","startsOn":"2026-01-01","autoRenews":true,
             "renewalNoticeOn":"2026-10-01","endsOn":"2026-12-31"}""";

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    EndingFixtures data;
    String nimbus;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        data = new EndingFixtures(mvc, ada);
        nimbus = data.partnership("Nimbus", "VENDOR");
    }

    @Test
    void aContractWithoutExitTermsRaisesTheSignalUntilItsExitTermsAreWritten() throws Exception {
        String support = data.contract(nimbus, WITHOUT_EXIT);
        mvc.perform(get(ada.workspacePath("/contracts/" + support)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.exitTerms").value(false))
                .andExpect(jsonPath("$.missingExitTerms", hasSize(4)))
                .andExpect(jsonPath("$.lastNoticeDay").value("2026-10-01"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/health"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.signals[*].type", hasItem("CONTRACT_WITHOUT_EXIT_TERMS")))
                .andExpect(jsonPath(
                        "$.signals[*].evidence", hasItem("Nothing in writing about how it ends (1): Support.")));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].text", hasItem("Contract recorded without exit terms: “Support”")));

        String withExit = WITHOUT_EXIT.replace("\"endsOn\"", "\"survives\":\"Confidentiality, five years\",\"endsOn\"");
        mvc.perform(json(put(ada.workspacePath("/contracts/" + support)), withExit)
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.exitTerms").value(true))
                .andExpect(jsonPath("$.survives").value("Confidentiality, five years"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/health"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.signals[*].type", not(hasItem("CONTRACT_WITHOUT_EXIT_TERMS"))));
    }

    @Test
    void aStaleVersionIsRefusedWithNothingWritten() throws Exception {
        String hosting = data.contract(nimbus, EndingFixtures.WITH_EXIT);
        mvc.perform(json(
                                put(ada.workspacePath("/contracts/" + hosting)),
                                EndingFixtures.WITH_EXIT.replace("Hosting", "Hosting v2"))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(
                                put(ada.workspacePath("/contracts/" + hosting)),
                                EndingFixtures.WITH_EXIT.replace("Hosting", "Lost"))
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changedFields", hasItem("title")));
        mvc.perform(get(ada.workspacePath("/contracts/" + hosting)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Hosting v2"))
                .andExpect(jsonPath("$.lastNoticeDay").value("2027-10-02"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\":\"\",\"counterparty\":\"N\",\"startsOn\":\"2026-01-01\"}",
                "{\"title\":\"T\",\"counterparty\":\"N\"}",
                "{\"title\":\"T\",\"counterparty\":\"N\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2025-12-31\"}",
                "{\"title\":\"T\",\"counterparty\":\"N\",\"startsOn\":\"2026-01-01\",\"renewalNoticeOn\":\"2026-06-01\"}",
                "{\"title\":\"T\",\"counterparty\":\"N\",\"startsOn\":\"2026-01-01\",\"autoRenews\":true,\"endsOn\":\"2026-05-01\",\"renewalNoticeOn\":\"2026-06-01\"}",
                "{\"title\":\"T\",\"counterparty\":\"N\",\"startsOn\":\"2026-01-01\",\"noticeDays\":-1}",
                "{\"title\":\"T\",\"counterparty\":\"N\",\"startsOn\":\"2026-01-01\",\"documentUrl\":\"javascript:alert(1)\"}",
                "{\"title\":\"T\",\"counterparty\":\"N\",\"startsOn\":\"0999-01-01\"}",
                "{\"title\":\"T\",\"counterparty\":\"N\",\"startsOn\":\"2026-01-01\",\"noticeDays\":\"ninety\"}"
            })
    void badInputIs400WithNothingWritten(String body) throws Exception {
        mvc.perform(json(post(ada.workspacePath("/partnerships/" + nimbus + "/contracts")), body)
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/contracts"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void anotherWorkspaceSeesNoContractAndChangesNone() throws Exception {
        String hosting = data.contract(nimbus, EndingFixtures.WITH_EXIT);
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        String path = "/api/v1/workspaces/" + eve.workspaceId() + "/contracts/" + hosting;
        mvc.perform(get(path).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(put(path), EndingFixtures.WITH_EXIT.replace("Hosting", "Taken"))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(path).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(
                                post("/api/v1/workspaces/" + eve.workspaceId() + "/partnerships/" + nimbus
                                        + "/contracts"),
                                EndingFixtures.WITH_EXIT)
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/contracts"))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/contracts/" + hosting)).with(ada.bearer()))
                .andExpect(jsonPath("$.title").value("Hosting"));
    }

    @Test
    void aDeletedContractIsGone() throws Exception {
        String hosting = data.contract(nimbus, WITHOUT_EXIT);
        mvc.perform(delete(ada.workspacePath("/contracts/" + hosting)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(ada.workspacePath("/contracts/" + hosting)).with(ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/partnerships/" + nimbus + "/health"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.signals[*].type", not(hasItem("CONTRACT_WITHOUT_EXIT_TERMS"))));
    }
}
