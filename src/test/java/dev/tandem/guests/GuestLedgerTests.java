package dev.tandem.guests;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A guest and the partnership's shared ledger and kudos: they see the balance and record their own side's
 * contributions once the team shares the ledger, thank our side in the shared space, and never reach an internal
 * ledger, our side's record or another partnership.
 */
@TandemTest
class GuestLedgerTests {

    @Autowired
    MockMvc mvc;

    GuestWorld world;
    RequestPostProcessor guestSession;

    @BeforeEach
    void world() throws Exception {
        world = new GuestWorld(mvc);
        guestSession = WebSessions.logIn(mvc, world.guest);
    }

    @Test
    void theGuestSeesTheSharedBalanceAndRecordsTheirSidesContribution() throws Exception {
        mvc.perform(get(api(world.p1, "/ledger")).with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contributions.ourPercent").value(100))
                .andExpect(jsonPath("$.recent[0].description").value("Hosted the workshop"));
        mvc.perform(json(post(api(world.p1, "/contributions")), contribution("", "Ran the pilot", "2"))
                        .with(world.guest.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.side").value("THEM"))
                .andExpect(jsonPath("$.value").value(2));
        mvc.perform(post(page(world.p1, "/contributions"))
                        .param("kind", "EXPERTISE")
                        .param("description", "Reviewed the plan")
                        .param("amount", "1")
                        .param("occurredOn", today().toString())
                        .with(guestSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "guests.ledger.recorded"));
        mvc.perform(get(api(world.p1, "/ledger")).with(world.guest.bearer()))
                .andExpect(jsonPath("$.recent[*].description").value(hasItem("Ran the pilot")))
                .andExpect(jsonPath("$.recent[*].description").value(hasItem("Reviewed the plan")))
                .andExpect(jsonPath("$.contributions.them").value(greaterThan(2.0)));
        mvc.perform(get(world.owner.workspacePath("/partnerships/" + world.p1 + "/contributions"))
                        .with(world.owner.bearer()))
                .andExpect(jsonPath("$.items[*].description").value(hasItem("Ran the pilot")));
        String shown = mvc.perform(get(page(world.p1, "")).with(guestSession))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains("What each side puts in", "Ran the pilot", "Record what your side put in")
                .doesNotContain(GuestWorld.SECRET);
    }

    @Test
    void theGuestNeverRecordsForOurSideNorWithBadInputAndNothingIsWritten() throws Exception {
        mvc.perform(json(post(api(world.p1, "/contributions")), contribution("\"side\":\"US\",", "Our work?", "3"))
                        .with(world.guest.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(api(world.p1, "/contributions")), contribution("", "Negative", "-1"))
                        .with(world.guest.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(json(
                                post(api(world.p1, "/contributions")),
                                "{\"kind\":\"MONEY\",\"description\":\"Cash\",\"occurredOn\":\"%s\",\"amount\":5,\"currency\":\"XYZ\"}"
                                        .formatted(today()))
                        .with(world.guest.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(page(world.p1, "/contributions"))
                        .param("kind", "TIME")
                        .param("description", "Later")
                        .param("amount", "1")
                        .param("occurredOn", today().plusDays(5).toString())
                        .with(guestSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "ledger.date.future"));
        mvc.perform(get(api(world.p1, "/ledger")).with(world.guest.bearer()))
                .andExpect(jsonPath("$.recent.length()").value(1));
    }

    @Test
    void anInternalLedgerAndAnotherPartnershipAreNotFoundAndMembersUseTheirOwnTabs() throws Exception {
        mvc.perform(get(api(world.p2, "/ledger")).with(world.guest.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(post(api(world.p2, "/contributions")), contribution("", "Into P2", "1"))
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(post(page(world.p2, "/contributions"))
                        .param("kind", "TIME")
                        .param("description", "Into P2")
                        .param("amount", "1")
                        .param("occurredOn", today().toString())
                        .with(guestSession)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                put(world.owner.workspacePath("/partnerships/" + world.p1 + "/ledger/visibility")),
                                "{\"visibility\":\"INTERNAL\"}")
                        .with(world.owner.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("INTERNAL"));
        mvc.perform(get(api(world.p1, "/ledger")).with(world.guest.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(post(api(world.p1, "/contributions")), contribution("", "Now internal", "1"))
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        String shown = mvc.perform(get(page(world.p1, "")).with(guestSession))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown).doesNotContain("Hosted the workshop", "What each side puts in");
        mvc.perform(json(
                                put(world.owner.workspacePath("/partnerships/" + world.p1 + "/ledger/visibility")),
                                "{\"visibility\":\"INTERNAL\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(api(world.p1, "/contributions")), contribution("", "By a member", "1"))
                        .with(world.owner.bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void sharedKudosShowInTheSharedSpaceForBothSidesAndTheGuestThanksOurSide() throws Exception {
        mvc.perform(json(
                                post(api(world.p1, "/kudos")),
                                "{\"personId\":\"%s\",\"message\":\"You made the pilot easy\"}"
                                        .formatted(world.owner.userId()))
                        .with(world.guest.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.to").value("Olivia"));
        String space = world.owner.workspacePath("/partnerships/" + world.p1 + "/space/posts");
        for (var who : new SignedUp[] {world.guest, world.owner}) {
            mvc.perform(get(space).with(who.bearer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.kind == 'KUDOS')].body").value(hasItem("Thanks for the kickoff")))
                    .andExpect(jsonPath("$.items[?(@.kind == 'KUDOS')].body").value(hasItem("You made the pilot easy")))
                    .andExpect(jsonPath("$.items[?(@.kind == 'KUDOS' && @.side == 'THEIRS')].authorName")
                            .value(hasItem("Gaia")))
                    .andExpect(jsonPath("$.items[*].body").value(not(hasItem("INTERNAL SECRET praise"))));
        }
        String feed = mvc.perform(get("/w/" + world.workspace + "/partnerships/" + world.p1 + "/space")
                        .with(guestSession))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(feed)
                .contains("A thank-you to Olivia", "You made the pilot easy")
                .doesNotContain(GuestWorld.SECRET);
        String recognition = mvc.perform(get("/w/" + world.workspace + "/partnerships/" + world.p1 + "/recognition")
                        .with(WebSessions.logIn(mvc, world.owner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(recognition).contains("Someone on the partner side thanked Olivia", "You made the pilot easy");
        mvc.perform(json(
                                post(api(world.p1, "/kudos")),
                                "{\"personId\":\"%s\",\"message\":\"Not a participant\"}".formatted(UUID.randomUUID()))
                        .with(world.guest.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                                post(api(world.p2, "/kudos")),
                                "{\"personId\":\"%s\",\"message\":\"Elsewhere\"}".formatted(world.owner.userId()))
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post(api(world.p1, "/kudos")),
                                "{\"personId\":\"%s\",\"message\":\"From a member\"}".formatted(world.owner.userId()))
                        .with(world.owner.bearer()))
                .andExpect(status().isForbidden());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String contribution(String side, String description, String amount) {
        return "{%s\"kind\":\"TIME\",\"description\":\"%s\",\"occurredOn\":\"%s\",\"amount\":%s}"
                .formatted(side, description, today().minusDays(1), amount);
    }

    private String api(UUID partnership, String rest) {
        return world.owner.workspacePath("/partnerships/" + partnership + "/partner-view" + rest);
    }

    private String page(UUID partnership, String rest) {
        return "/w/" + world.workspace + "/partnerships/" + partnership + "/partner-view" + rest;
    }
}
