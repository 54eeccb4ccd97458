package dev.tandem.ledger;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.rhythm.RhythmMother;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Contributions, rewards, risks, the balance and the valuation through the API, with their refusals. */
@TandemTest
class LedgerApiTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    UUID acme;
    UUID ana;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        ana = RhythmMother.contact(mvc, ada, "Ana Ruiz");
        RhythmMother.id(
                mvc,
                ada,
                "/partnerships/" + acme + "/participants",
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(ana));
        RhythmMother.ourParticipant(mvc, ada, acme);
    }

    String contributions() {
        return ada.workspacePath("/partnerships/" + acme + "/contributions");
    }

    String contribute(String side, String kind, String amount, String extra) throws Exception {
        String body = mvc.perform(json(post(contributions()), """
                {"side":"%s","kind":"%s","description":"Work","occurredOn":"2026-11-01","amount":%s%s}""".formatted(side, kind, amount, extra))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void contributionsAreValuedInTheWorkspaceUnitAndGoOnTheTimelines() throws Exception {
        mvc.perform(json(post(contributions()), """
                {"side":"THEM","kind":"TIME","description":"Workshop","occurredOn":"2026-11-01","amount":12.5,
                 "personId":"%s"}""".formatted(ana)).with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.value").value(12.5))
                .andExpect(jsonPath("$.unit").value("HOURS"))
                .andExpect(jsonPath("$.personName").value("Ana Ruiz"));
        // 500 EUR at the default 50 EUR an hour is 10 hours
        mvc.perform(json(post(contributions()), """
                {"side":"US","kind":"MONEY","description":"Venue","occurredOn":"2026-11-02","amount":500,"currency":"eur"}""").with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.value").value(10));
        mvc.perform(json(post(contributions()), """
                {"side":"US","kind":"INTRODUCTION","description":"Met their CFO","occurredOn":"2026-11-03","amount":2}""").with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value(4));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].text", hasItem("They put in 12.5 hours: Workshop")))
                .andExpect(jsonPath("$.items[*].text", hasItem("We put in 500 EUR: Venue")));
        mvc.perform(get(ada.workspacePath("/contacts/" + ana + "/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].text", hasItem("They put in 12.5 hours: Workshop")));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/balance")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contributions.us").value(14))
                .andExpect(jsonPath("$.contributions.them").value(12.5))
                .andExpect(jsonPath("$.contributions.ourPercent").value(53))
                .andExpect(jsonPath("$.periods.length()").value(6))
                .andExpect(jsonPath("$.valuation.moneyPerUnit").value(50));
    }

    @Test
    void otherCurrenciesAreConvertedAtTheWorkspaceRatesAndAChangedValuationRevaluesEverything() throws Exception {
        mvc.perform(json(post(contributions()), """
                {"side":"US","kind":"MONEY","description":"Ads","occurredOn":"2026-11-02","amount":100,"currency":"USD"}""").with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "There is no exchange rate from USD to EUR yet: an admin can add it to the workspace's valuation."));
        String valuation = ada.workspacePath("/ledger/valuation");
        mvc.perform(get(valuation).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(json(put(valuation), """
                {"unit":"POINTS","currency":"EUR","moneyPerUnit":40,"kindValues":{"TIME":2},"rates":{"USD":0.9}}""").header("If-Match", "\"0\"").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        // 550 USD × 0.9 = 495 EUR, at 40 EUR a point: 12.38 points
        String id = contribute("US", "MONEY", "550", ",\"currency\":\"USD\"");
        mvc.perform(get(ada.workspacePath("/ledger-entries/" + id)).with(ada.bearer()))
                .andExpect(jsonPath("$.value").value(12.38))
                .andExpect(jsonPath("$.unit").value("POINTS"));
        contribute("THEM", "TIME", "3", "");
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/balance")).with(ada.bearer()))
                .andExpect(jsonPath("$.contributions.them").value(6));
        mvc.perform(json(put(valuation), "{\"unit\":\"HOURS\",\"currency\":\"EUR\",\"moneyPerUnit\":50}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsWritten() throws Exception {
        String[] bad = {
            "{\"side\":\"US\",\"kind\":\"TIME\",\"description\":\"Work\",\"occurredOn\":\"2026-11-01\",\"amount\":-3}",
            "{\"side\":\"US\",\"kind\":\"MONEY\",\"description\":\"Work\",\"occurredOn\":\"2026-11-01\",\"amount\":3,\"currency\":\"XYZ\"}",
            "{\"side\":\"US\",\"kind\":\"MONEY\",\"description\":\"Work\",\"occurredOn\":\"2026-11-01\",\"amount\":3}",
            "{\"side\":\"US\",\"kind\":\"TIME\",\"description\":\"Work\",\"occurredOn\":\"2026-11-01\",\"amount\":3,\"personId\":\"%s\"}"
                    .formatted(ana),
            "{\"side\":\"THEM\",\"kind\":\"TIME\",\"description\":\"Work\",\"occurredOn\":\"2026-11-01\",\"amount\":3,\"personId\":\"%s\"}"
                    .formatted(UUID.randomUUID()),
            "{\"side\":\"US\",\"kind\":\"LEADS\",\"description\":\"Work\",\"occurredOn\":\"2026-11-01\",\"amount\":3}",
            "{\"side\":\"US\",\"kind\":\"TIME\",\"description\":\"Work\",\"occurredOn\":\"2999-11-01\",\"amount\":3}",
            "{\"side\":\"US\",\"kind\":\"TIME\",\"description\":\"\",\"occurredOn\":\"2026-11-01\",\"amount\":3}",
            "{\"side\":\"SOMEONE\",\"kind\":\"TIME\",\"description\":\"Work\",\"occurredOn\":\"2026-11-01\",\"amount\":3}",
            "{\"side\":\"US\",\"kind\":\"TIME\",\"description\":\"Work\",\"occurredOn\":\"2026-11-01\",\"amount\":3,\"goalId\":\"%s\"}"
                    .formatted(UUID.randomUUID()),
        };
        for (String body : bad) {
            mvc.perform(json(post(contributions()), body).with(ada.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"));
        }
        mvc.perform(json(post(contributions()), bad[0]).with(ada.bearer()))
                .andExpect(jsonPath("$.detail").value("The amount cannot be negative."));
        mvc.perform(json(post(contributions()), bad[1]).with(ada.bearer()))
                .andExpect(jsonPath("$.detail").value("XYZ is not an ISO 4217 currency code."));
        mvc.perform(json(post(contributions()), bad[3]).with(ada.bearer()))
                .andExpect(jsonPath("$.detail").value("Choose someone taking part in this partnership on that side."));
        mvc.perform(get(contributions()).with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[?(@.type =~ /ledger.*/)]").isEmpty());
    }

    @Test
    void entriesAndRisksAreVersionedReplacedAndDeleted() throws Exception {
        String id = contribute("US", "TIME", "4", "");
        String entry = ada.workspacePath("/ledger-entries/" + id);
        String replacement =
                "{\"side\":\"US\",\"kind\":\"TIME\",\"description\":\"Longer\",\"occurredOn\":\"2026-11-01\",\"amount\":6}";
        mvc.perform(json(put(entry), replacement).header("If-Match", "\"0\"").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.description").value("Longer"));
        mvc.perform(json(put(entry), replacement).header("If-Match", "\"0\"").with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(entry).with(ada.bearer())).andExpect(status().isNoContent());
        mvc.perform(get(entry).with(ada.bearer())).andExpect(status().isNotFound());

        String risks = ada.workspacePath("/partnerships/" + acme + "/risks");
        String risk = JsonPath.read(
                mvc.perform(json(post(risks), """
                {"risk":"The pilot customer walks away","likelihood":"MEDIUM","impact":"HIGH","bears":"SHARED","ourRewardShare":60}""").with(ada.bearer()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.theirRewardShare").value(40))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(json(
                                post(risks),
                                "{\"risk\":\"X\",\"likelihood\":\"LOW\",\"impact\":\"LOW\",\"bears\":\"US\",\"ourRewardShare\":101}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put(ada.workspacePath("/risks/" + risk)), """
                {"risk":"The pilot customer walks away","likelihood":"HIGH","impact":"HIGH","bears":"US","ourRewardShare":70}""")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bears").value("US"))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get(risks).with(ada.bearer()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(delete(ada.workspacePath("/risks/" + risk)).with(ada.bearer()))
                .andExpect(status().isNoContent());
    }

    @Test
    void rewardsAreTheirOwnFlow() throws Exception {
        String rewards = ada.workspacePath("/partnerships/" + acme + "/rewards");
        mvc.perform(json(post(rewards), """
                {"side":"THEM","kind":"LEADS","description":"Three qualified leads","occurredOn":"2026-11-01","amount":3}""").with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flow").value("REWARD"))
                .andExpect(jsonPath("$.value").value(6));
        mvc.perform(json(post(rewards), """
                {"side":"THEM","kind":"TIME","description":"Hours","occurredOn":"2026-11-01","amount":3}""").with(ada.bearer())).andExpect(status().isBadRequest());
        mvc.perform(get(rewards).with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get(contributions()).with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/balance")).with(ada.bearer()))
                .andExpect(jsonPath("$.rewards.theirPercent").value(100));
    }

    @Test
    void anotherWorkspaceSeesNothingAndChangesNothing() throws Exception {
        String id = contribute("US", "TIME", "4", "");
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        String evePath = "/api/v1/workspaces/" + eve.workspaceId();
        mvc.perform(get(evePath + "/ledger-entries/" + id).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(delete(evePath + "/ledger-entries/" + id).with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(evePath + "/partnerships/" + acme + "/balance").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post(evePath + "/partnerships/" + acme + "/contributions"),
                                "{\"side\":\"US\",\"kind\":\"TIME\",\"description\":\"W\",\"occurredOn\":\"2026-11-01\",\"amount\":1}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/contributions"))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/ledger-entries/" + id)).with(ada.bearer()))
                .andExpect(status().isOk());
    }
}
