package dev.tandem.guests;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A partner-side guest: invited to one partnership, sees its shared items only, does the few things guests do. */
@TandemTest
class GuestsTests {

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
    void theGuestSeesTheSharedItemsOfTheirPartnershipAndNothingInternal() throws Exception {
        String api = mvc.perform(get(view(world.p1)).with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Acme alliance"))
                .andExpect(jsonPath("$.notes[*].body").value(Matchers.contains("Welcome, both teams")))
                .andExpect(jsonPath("$.goals[*].title").value(Matchers.contains("Grow together")))
                .andExpect(jsonPath("$.meetings[0].notes").value(""))
                .andExpect(jsonPath("$.commitments.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).doesNotContain(GuestWorld.SECRET);
        String page = mvc.perform(get(page(world.p1)).with(guestSession))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Acme alliance", "Welcome, both teams", "Grow together", "Send the draft")
                .doesNotContain(GuestWorld.SECRET)
                .doesNotContain("/w/" + world.workspace + "/members");
    }

    @Test
    void theGuestGetsNotFoundEverywhereElseInTheWorkspace() throws Exception {
        for (String path : new String[] {
            "",
            "/partnerships",
            "/partnerships/" + world.p1,
            "/contacts",
            "/members",
            "/partnerships/" + world.p2 + "/partner-view",
            "/meetings/" + world.p1Meeting,
            "/partnerships/" + world.p1 + "/health"
        }) {
            mvc.perform(get("/w/" + world.workspace + path).with(guestSession)).andExpect(status().isNotFound());
        }
        for (String path : new String[] {
            "",
            "/partnerships/" + world.p1,
            "/partnerships/" + world.p1 + "/notes",
            "/partnerships/" + world.p1 + "/guests",
            "/partnerships/" + world.p2 + "/partner-view",
            "/meetings/" + world.p1Meeting,
            "/audit-events"
        }) {
            mvc.perform(get(world.owner.workspacePath(path)).with(world.guest.bearer()))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theGuestChangesTheirSidesCommitmentsOnlyAndAddsToAnUpcomingAgenda() throws Exception {
        mvc.perform(json(post(view(world.p1) + "/commitments/" + world.p1Theirs + "/status"), "{\"status\":\"DONE\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(json(post(view(world.p1) + "/commitments/" + world.p1Ours + "/status"), "{\"status\":\"DONE\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(view(world.p1) + "/commitments/" + world.p2Theirs + "/status"), "{\"status\":\"DONE\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post(view(world.p1) + "/meetings/" + world.p1Meeting + "/agenda"),
                                "{\"title\":\"Next steps\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[-1]").value("Next steps"));
        mvc.perform(json(post(view(world.p1) + "/meetings/" + world.p2Meeting + "/agenda"), "{\"title\":\"Peek\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(post(page(world.p1) + "/commitments/" + world.p1Theirs)
                        .param("status", "OPEN")
                        .with(csrf())
                        .with(guestSession))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(view(world.p1)).with(world.guest.bearer()))
                .andExpect(jsonPath("$.commitments[?(@.what == 'Send the draft')].status")
                        .value(Matchers.contains("OPEN")));
    }

    @Test
    void aGuestWhoTakesPartSaysWhetherTheyComeAndTheTeamSeesItOnTheMeeting() throws Exception {
        String reply = view(world.p1) + "/meetings/" + world.p1Meeting + "/reply";
        // not one of the participants yet
        mvc.perform(json(post(reply), "{\"reply\":\"COMING\"}").with(world.guest.bearer()))
                .andExpect(status().isForbidden());
        UUID gaia = RhythmMother.id(
                mvc,
                world.owner,
                "/contacts",
                "{\"displayName\":\"Gaia\",\"emails\":[\"%s\"],\"phones\":[],\"tags\":[]}"
                        .formatted(world.guest.email().toUpperCase(Locale.ROOT)));
        RhythmMother.id(
                mvc,
                world.owner,
                "/partnerships/" + world.p1 + "/participants",
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(gaia));

        mvc.perform(json(post(reply), "{\"reply\":\"COMING\"}").with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reply").value("COMING"));
        mvc.perform(get(view(world.p1)).with(world.guest.bearer()))
                .andExpect(jsonPath("$.meetings[?(@.id == '%s')].myReply".formatted(world.p1Meeting))
                        .value(Matchers.contains("COMING")));
        mvc.perform(get(world.owner.workspacePath("/meetings/" + world.p1Meeting + "/attendance"))
                        .with(world.owner.bearer()))
                .andExpect(jsonPath("$[?(@.personId == '%s')].reply".formatted(gaia))
                        .value(Matchers.contains("COMING")));

        mvc.perform(post(page(world.p1) + "/meetings/" + world.p1Meeting + "/reply")
                        .param("reply", "NOT_COMING")
                        .with(csrf())
                        .with(guestSession))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page(world.p1)).with(guestSession))
                .andExpect(content().string(Matchers.containsString("You said you can&#39;t make it.")));
        mvc.perform(get("/w/" + world.workspace + "/meetings/" + world.p1Meeting)
                        .with(WebSessions.logIn(mvc, world.owner)))
                .andExpect(content().string(Matchers.containsString("Not coming")));

        mvc.perform(json(post(reply), "{\"reply\":\"MAYBE\"}").with(world.guest.bearer()))
                .andExpect(status().isBadRequest());
        // members record attendance on the meeting instead
        mvc.perform(json(post(reply), "{\"reply\":\"COMING\"}").with(world.owner.bearer()))
                .andExpect(status().isForbidden());
        UUID past =
                RhythmMother.meeting(mvc, world.owner, world.p1, "CHECK_IN", "2021-01-10T09:00", "2021-01-10T10:00");
        mvc.perform(json(post(view(world.p1) + "/meetings/" + past + "/reply"), "{\"reply\":\"COMING\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Replies are open only until the meeting starts."));
        mvc.perform(json(post(view(world.p1) + "/meetings/" + world.p2Meeting + "/reply"), "{\"reply\":\"COMING\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void meetingNotesReachTheGuestOnlyOnceSharedAndTheChangeIsOnTheTimeline() throws Exception {
        var owner = WebSessions.logIn(mvc, world.owner);
        mvc.perform(post("/w/" + world.workspace + "/meetings/" + world.p1Meeting + "/notes-visibility")
                        .param("visibility", "SHARED")
                        .with(csrf())
                        .with(owner))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(view(world.p1)).with(world.guest.bearer()))
                .andExpect(jsonPath("$.meetings[0].notes").value("Their budget is SECRET"));
        mvc.perform(get(world.owner.workspacePath("/partnerships/" + world.p1 + "/timeline"))
                        .with(world.owner.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].text").value(Matchers.containsString("shared with the partner")));
        mvc.perform(get("/w/" + world.workspace + "/meetings/" + world.p1Meeting + ".ics")
                        .with(guestSession))
                .andExpect(status().isOk());
        mvc.perform(get("/w/" + world.workspace + "/meetings/" + world.p2Meeting + ".ics")
                        .with(guestSession))
                .andExpect(status().isNotFound());
    }

    @Test
    void revokingEndsTheGuestsAccessOnTheirNextRequestBySessionAndToken() throws Exception {
        mvc.perform(get(page(world.p1)).with(guestSession)).andExpect(status().isOk());
        mvc.perform(delete(world.owner.workspacePath("/partnerships/" + world.p1 + "/guests/" + world.invitation))
                        .with(world.owner.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(page(world.p1)).with(guestSession)).andExpect(status().isNotFound());
        mvc.perform(get(view(world.p1)).with(world.guest.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(world.owner.workspacePath("/partnerships/" + world.p1 + "/guests"))
                        .with(world.owner.bearer()))
                .andExpect(jsonPath("$[0].status").value("REVOKED"))
                .andExpect(jsonPath("$[0].guestName").value("Gaia"));
    }

    @Test
    void membersInviteByAddressSeeEachStatusAndCannotInviteAMember() throws Exception {
        String guests = world.owner.workspacePath("/partnerships/" + world.p1 + "/guests");
        mvc.perform(json(post(guests), "{\"email\":\"not an address\"}").with(world.owner.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(guests), "{\"email\":\"%s\"}".formatted(world.owner.email()))
                        .with(world.owner.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(json(post(guests), "{\"email\":\"%s\"}".formatted(world.guest.email()))
                        .with(world.owner.bearer()))
                .andExpect(status().isConflict());
        String newcomer = TestUsers.uniqueEmail("Nadia");
        mvc.perform(json(post(guests), "{\"email\":\"%s\"}".formatted(newcomer)).with(world.owner.bearer()))
                .andExpect(status().isAccepted());
        mvc.perform(get(guests).with(world.owner.bearer()))
                .andExpect(jsonPath("$[0].email").value(newcomer))
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[1].status").value("ACCEPTED"));
        String section = mvc.perform(get("/w/" + world.workspace + "/partnerships/" + world.p1 + "/guests")
                        .header("HX-Request", "true")
                        .with(WebSessions.logIn(mvc, world.owner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(section).contains(newcomer, "Pending", "Accepted", "Gaia").doesNotContain("<html");
    }

    private String view(UUID partnership) {
        return world.owner.workspacePath("/partnerships/" + partnership + "/partner-view");
    }

    private String page(UUID partnership) {
        return "/w/" + world.workspace + "/partnerships/" + partnership + "/partner-view";
    }
}
