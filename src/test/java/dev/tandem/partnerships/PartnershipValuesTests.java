package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.guests.GuestWorld;
import dev.tandem.rhythm.RhythmMother;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The values each side commits to: our side and theirs are stated apart, the hub shows what is shared and what only
 * one side holds, a stale version writes nothing, and a guest states their side's from the partner view.
 */
@TandemTest
class PartnershipValuesTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    UUID acme;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
    }

    @Test
    void eachSideStatesItsValuesAndTheSharedOnesAreTold() throws Exception {
        String etag = state("ours", "[\"Equity\",\"Openness\",\"Sustainability\"]", null)
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        state("theirs", "[\"equity\",\"Learning\",\" sustainability \"]", etag);
        mvc.perform(get(path("/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].text").value("The partner’s values: equity, Learning, sustainability"))
                .andExpect(jsonPath("$.items[1].text").value("Our side’s values: Equity, Openness, Sustainability"));
        mvc.perform(get(path("/values")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shared", contains("equity", "sustainability")))
                .andExpect(jsonPath("$.oursOnly", contains("Openness")))
                .andExpect(jsonPath("$.theirsOnly", contains("Learning")))
                .andExpect(jsonPath("$.ours", containsInAnyOrder("equity", "Openness", "sustainability")));
        // The partnership's own details carry our side's values; editing them keeps theirs.
        mvc.perform(get(path("")).with(ada.bearer())).andExpect(jsonPath("$.values", not(contains("Learning"))));
        mvc.perform(json(put(path("")), """
                        {"name":"Acme","kind":"ORG_PARTNER","values":["Openness"],"cadenceIdealDays":14,"cadenceMaxDays":30}""").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values", contains("Openness")));
        mvc.perform(get(path("/values")).with(ada.bearer()))
                .andExpect(jsonPath("$.shared", empty()))
                .andExpect(jsonPath("$.oursOnly", contains("Openness")))
                .andExpect(jsonPath("$.theirsOnly", contains("equity", "Learning", "sustainability")));
    }

    @Test
    void aStaleVersionOrBadValuesWriteNothing() throws Exception {
        mvc.perform(json(put(path("/values/ours")), "{\"values\":[\"Trust\"]}")
                        .header(HttpHeaders.IF_MATCH, "\"99\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(json(put(path("/values/ours")), "{\"values\":[\"" + "x".repeat(51) + "\"]}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(json(put(path("/values/both")), "{\"values\":[\"Trust\"]}").with(ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(path("/values")).with(ada.bearer()))
                .andExpect(jsonPath("$.ours", empty()))
                .andExpect(jsonPath("$.theirs", empty()));
    }

    @Test
    void theOverviewShowsSharedAndOneSidedValuesAndSavesThemInPlace() throws Exception {
        RequestPostProcessor browser = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/partnerships/" + acme;
        mvc.perform(get(page).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partnership-values\"")))
                .andExpect(content().string(containsString("State our values")));
        long version = version();
        mvc.perform(post(page + "/values/ours")
                        .with(browser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", String.valueOf(version))
                        .param("suggested", "Equity", "Openness")
                        .param("values", "Courage, "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Values saved.")))
                .andExpect(content().string(containsString("Courage")));
        mvc.perform(post(page + "/values/theirs")
                        .with(browser)
                        .with(csrf())
                        .param("version", String.valueOf(version + 1))
                        .param("suggested", "Equity"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "values.saved"));
        String shown =
                mvc.perform(get(page).with(browser)).andReturn().getResponse().getContentAsString();
        assertThat(shown.substring(shown.indexOf("values-shared"), shown.indexOf("values-ours")))
                .contains("Equity")
                .doesNotContain("Openness");
        // A form read before that change is told, its input kept, and nothing is written.
        mvc.perform(post(page + "/values/theirs")
                        .with(browser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("version", String.valueOf(version))
                        .param("values", "Patience"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("value=\"Patience\"")));
        mvc.perform(post(page + "/values/theirs")
                        .with(browser)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("values", "y".repeat(51)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 50 characters")));
        mvc.perform(get(path("/values")).with(ada.bearer())).andExpect(jsonPath("$.theirs", contains("Equity")));
    }

    @Test
    void anotherWorkspaceNeitherReadsNorStatesValues() throws Exception {
        SignedUp bob = TestUsers.signUp(mvc, "Bob");
        mvc.perform(get(path("/values")).with(bob.bearer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + bob.workspaceId() + "/partnerships/" + acme + "/values")
                        .with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                put("/api/v1/workspaces/" + bob.workspaceId() + "/partnerships/" + acme
                                        + "/values/ours"),
                                "{\"values\":[\"Mine\"]}")
                        .with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(path("/values")).with(ada.bearer())).andExpect(jsonPath("$.ours", empty()));
    }

    @Test
    void aGuestStatesTheirSidesValuesAndSeesBoth() throws Exception {
        var world = new GuestWorld(mvc);
        String api = "/api/v1/workspaces/" + world.workspace + "/partnerships/" + world.p1;
        mvc.perform(json(put(api + "/values/ours"), "{\"values\":[\"Equity\"]}").with(world.owner.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(put(api + "/partner-view/values"), "{\"values\":[\"equity\",\"Craft\"]}")
                        .with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shared", contains("equity")))
                .andExpect(jsonPath("$.theirsOnly", contains("Craft")));
        mvc.perform(get(api + "/values").with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ours", contains("equity")));
        // Our side is not theirs to state, and another partnership is not theirs at all.
        mvc.perform(json(put(api + "/values/ours"), "{\"values\":[]}").with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        String other = "/api/v1/workspaces/" + world.workspace + "/partnerships/" + world.p2;
        mvc.perform(json(put(other + "/partner-view/values"), "{\"values\":[\"Mine\"]}")
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(other + "/values").with(world.guest.bearer())).andExpect(status().isNotFound());
        RequestPostProcessor guestSession = WebSessions.logIn(mvc, world.guest);
        String view = "/w/" + world.workspace + "/partnerships/" + world.p1 + "/partner-view";
        mvc.perform(get(view).with(guestSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only your side")))
                .andExpect(content().string(containsString("Craft")));
        mvc.perform(post(view + "/values")
                        .with(guestSession)
                        .with(csrf())
                        .param("suggested", "Trust")
                        .param("values", "Craft"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/partner-view")));
        mvc.perform(get(api + "/values").with(world.owner.bearer()))
                .andExpect(jsonPath("$.theirs", containsInAnyOrder("Trust", "Craft")))
                .andExpect(jsonPath("$.ours", contains("equity")));
    }

    private MvcResult state(String side, String values, String etag) throws Exception {
        var request = json(put(path("/values/" + side)), "{\"values\":" + values + "}")
                .with(ada.bearer());
        if (etag != null) {
            request.header(HttpHeaders.IF_MATCH, etag);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn();
    }

    private long version() throws Exception {
        String body = mvc.perform(get(path("/values")).with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll(".*\"version\":(\\d+).*", "$1"));
    }

    private String path(String rest) {
        return ada.workspacePath("/partnerships/" + acme + rest);
    }
}
