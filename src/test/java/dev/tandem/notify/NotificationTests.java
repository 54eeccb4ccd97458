package dev.tandem.notify;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.guests.GuestWorld;
import dev.tandem.rhythm.RhythmMother;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The bell and the notifications of a member, over HTTP: made from other modules' news (a partner's post, an accepted
 * invitation), listed newest first, counted, marked read one by one or all at once; nobody else's.
 */
@TandemTest
class NotificationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aPartnersQuestionAndAnAcceptedInvitationReachTheOwnersBell() throws Exception {
        var world = new GuestWorld(mvc);
        String posts = "/api/v1/workspaces/" + world.workspace + "/partnerships/" + world.p1 + "/space/posts";
        mvc.perform(json(post(posts), "{\"kind\":\"QUESTION\",\"body\":\"When do we sign the NDA?\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isCreated());
        // what the owner writes in the space tells nobody
        mvc.perform(json(post(posts), "{\"kind\":\"UPDATE\",\"body\":\"Our own update\"}")
                        .with(world.owner.bearer()))
                .andExpect(status().isCreated());

        String list = notifications(world.owner)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].kind").value("PARTNER_POSTED"))
                .andExpect(jsonPath("$.items[0].subject").value("Acme alliance"))
                .andExpect(jsonPath("$.items[0].text").value(containsString("When do we sign the NDA?")))
                .andExpect(jsonPath("$.items[0].link").value(containsString("/space/posts/")))
                .andExpect(jsonPath("$.items[1].kind").value("INVITATION_ACCEPTED"))
                .andExpect(
                        jsonPath("$.items[1].text").value("Gaia accepted your invitation to Acme alliance as a guest"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].text"))
                .noneMatch(text -> text.contains("Our own update"));
        int before = JsonPath.<List<Object>>read(list, "$.items").size();
        unread(world.owner, before);

        // the bell, as htmx loads it on every page, and the page
        var session = WebSessions.logIn(mvc, world.owner);
        mvc.perform(get("/w/" + world.workspace + "/notifications/bell")
                        .with(session)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bell-count")))
                .andExpect(content().string(containsString(">" + before + "<")));
        mvc.perform(get("/w/" + world.workspace + "/partnerships").with(session))
                .andExpect(content().string(containsString("/w/" + world.workspace + "/notifications/bell")));
        mvc.perform(get("/w/" + world.workspace + "/notifications").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("When do we sign the NDA?")))
                .andExpect(content().string(containsString("Mark all read")));

        // opening one marks it read and leads to the post
        String first = JsonPath.read(list, "$.items[0].id");
        mvc.perform(post("/w/" + world.workspace + "/notifications/" + first + "/open")
                        .with(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(JsonPath.read(list, "$.items[0].link")));
        unread(world.owner, before - 1);
        notifications(world.owner, "?unread=true").andExpect(jsonPath("$.items[*].id", not(hasItem(first))));

        // marking one read from the page, as htmx does: the line comes back, read
        String second = JsonPath.read(list, "$.items[1].id");
        mvc.perform(post("/w/" + world.workspace + "/notifications/" + second + "/read")
                        .with(session)
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"n-" + second + "\"")))
                .andExpect(content().string(containsString(">Read<")))
                .andExpect(content().string(not(containsString("<html"))));
        unread(world.owner, before - 2);

        // marking all read empties the bell
        mvc.perform(post("/api/v1/workspaces/" + world.workspace + "/notifications/read-all")
                        .with(world.owner.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(before - 2));
        unread(world.owner, 0);
        mvc.perform(get("/w/" + world.workspace + "/notifications?unread=true").with(session))
                .andExpect(content().string(containsString("All caught up")));
    }

    @Test
    void aNotificationIsItsMembersOnly() throws Exception {
        var world = new GuestWorld(mvc);
        String id = JsonPath.read(
                notifications(world.owner).andReturn().getResponse().getContentAsString(), "$.items[0].id");
        SignedUp colleague = TestUsers.signUp(mvc, "Carla");
        TestUsers.addMember(mvc, world.owner, colleague, "ADMIN");
        SignedUp stranger = TestUsers.signUp(mvc, "Sven");

        notifications(colleague).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(post("/api/v1/workspaces/" + world.workspace + "/notifications/" + id + "/read")
                        .with(colleague.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(post("/api/v1/workspaces/" + world.workspace + "/notifications/" + id + "/read")
                        .with(stranger.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/workspaces/" + stranger.workspaceId() + "/notifications/" + id + "/read")
                        .with(stranger.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + world.workspace + "/notifications")
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/workspaces/" + world.workspace + "/notifications/" + UUID.randomUUID() + "/read")
                        .with(world.owner.bearer()))
                .andExpect(status().isNotFound());
        int before = unreadCount(world.owner);
        // marking it read twice is the same as once
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/workspaces/" + world.workspace + "/notifications/" + id + "/read")
                            .with(world.owner.bearer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.readAt").isNotEmpty());
        }
        unread(world.owner, before - 1);
    }

    @Test
    void pagesAreCursorPaginatedNewestFirst() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        for (String name : List.of("Mia", "Max", "Milo")) {
            TestUsers.addMember(mvc, ada, TestUsers.signUp(mvc, name), "MEMBER");
        }
        String first = notifications(ada, "?limit=2")
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].subject").value("Milo"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        notifications(ada, "?limit=2&cursor=" + JsonPath.read(first, "$.nextCursor"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].subject").value("Mia"))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        notifications(ada, "?limit=0").andExpect(status().isBadRequest());
    }

    @Test
    void preferencesHideKindsFromTheBellAndRefuseBadInputAndStaleVersions() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        TestUsers.addMember(mvc, ada, TestUsers.signUp(mvc, "Bea"), "MEMBER");
        String prefs = ada.workspacePath("/notifications/preferences");
        mvc.perform(get(prefs).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.digest").value(true))
                .andExpect(jsonPath("$.digestDay").value("MONDAY"))
                .andExpect(jsonPath("$.inApp", hasSize(NotificationKind.values().length)));
        unread(ada, 1);

        for (String bad : List.of(
                "{\"inApp\":[],\"byMail\":[],\"digest\":true,\"digestDay\":\"MONDAY\",\"digestHour\":24}",
                "{\"inApp\":[\"NOPE\"],\"byMail\":[],\"digest\":true,\"digestDay\":\"MONDAY\",\"digestHour\":8}",
                "{\"inApp\":[],\"byMail\":[],\"digest\":true,\"digestHour\":8}")) {
            mvc.perform(json(put(prefs), bad).with(ada.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get(prefs).with(ada.bearer()))
                .andExpect(jsonPath("$.inApp", hasSize(NotificationKind.values().length)));

        String quiet = "{\"inApp\":[\"SIGNAL_RAISED\"],\"byMail\":[],\"digest\":false,\"digestDay\":\"FRIDAY\","
                + "\"digestHour\":17}";
        mvc.perform(json(put(prefs), quiet).with(ada.bearer()).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.digestDay").value("FRIDAY"));
        mvc.perform(json(put(prefs), quiet).with(ada.bearer()).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        // invitations are no longer shown: the bell has nothing
        unread(ada, 0);
        notifications(ada).andExpect(jsonPath("$.items", hasSize(0)));

        // the page: the same preferences, saved through the form
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/w/" + ada.workspaceId() + "/notifications/preferences")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly digest by email")))
                .andExpect(content().string(containsString("value=\"FRIDAY\" selected")));
        mvc.perform(post("/w/" + ada.workspaceId() + "/notifications/preferences")
                        .with(session)
                        .with(csrf())
                        .param("inApp", "INVITATION_ACCEPTED", "PARTNER_POSTED")
                        .param("digest", "true")
                        .param("digestDay", "TUESDAY")
                        .param("digestHour", "7")
                        .param("version", "1"))
                .andExpect(redirectedUrl("/w/" + ada.workspaceId() + "/notifications/preferences"));
        unread(ada, 1);
        mvc.perform(post("/w/" + ada.workspaceId() + "/notifications/preferences")
                        .with(session)
                        .with(csrf())
                        .param("digestDay", "TUESDAY")
                        .param("digestHour", "7")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed-meanwhile")));
        mvc.perform(get(prefs).with(ada.bearer()))
                .andExpect(jsonPath("$.digestDay").value("TUESDAY"))
                .andExpect(jsonPath("$.digestHour").value(7));
    }

    private ResultActions notifications(SignedUp user) throws Exception {
        return notifications(user, "");
    }

    private ResultActions notifications(SignedUp user, String query) throws Exception {
        return mvc.perform(get(user.workspacePath("/notifications") + query).with(user.bearer()));
    }

    private int unreadCount(SignedUp user) throws Exception {
        return JsonPath.read(
                mvc.perform(get(user.workspacePath("/notifications/unread-count"))
                                .with(user.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.unread");
    }

    private void unread(SignedUp user, int count) throws Exception {
        mvc.perform(get(user.workspacePath("/notifications/unread-count")).with(user.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(count));
    }

    static UUID partnership(MockMvc mvc, SignedUp user, String name) throws Exception {
        return RhythmMother.partnership(mvc, user, name);
    }
}
