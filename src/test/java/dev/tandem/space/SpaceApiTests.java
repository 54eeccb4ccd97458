package dev.tandem.space;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The shared space over the API: posts, replies, answers, edits and deletions with versions; other workspaces. */
@TandemTest
class SpaceApiTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    UUID acme;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = SpaceMother.partnership(mvc, ada, "Acme");
    }

    @Test
    void aPostIsSharedByDefaultSaysWhoPostedFromOurSideAndGoesOnTheTimeline() throws Exception {
        publish(ada, "{\"kind\":\"UPDATE\",\"body\":\"The pilot starts Monday\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.visibility").value("SHARED"))
                .andExpect(jsonPath("$.side").value("OURS"))
                .andExpect(jsonPath("$.authorName").value("Ada"))
                .andExpect(jsonPath("$.mine").value(true));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].text", hasItem("We posted an update: \"The pilot starts Monday\"")));
        mvc.perform(get(space("/posts")).with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].body").value("The pilot starts Monday"));
    }

    @Test
    void badPostsAreRefusedWithProblemsAndWriteNothing() throws Exception {
        publish(ada, "{\"kind\":\"UPDATE\",\"body\":\"  \"}").andExpect(status().isBadRequest());
        publish(ada, "{\"kind\":\"RESOURCE\",\"linkUrl\":\"javascript:alert(1)\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("linkUrl"));
        publish(ada, "{\"kind\":\"REPLY\",\"body\":\"hi\"}").andExpect(status().isBadRequest());
        publish(ada, "{\"kind\":\"UPDATE\",\"body\":\"" + "x".repeat(4001) + "\"}")
                .andExpect(status().isBadRequest());
        mvc.perform(get(space("/posts")).with(ada.bearer())).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void aQuestionIsAnsweredByOneOfItsRepliesWhichIsHighlighted() throws Exception {
        String question = id(publish(ada, "{\"kind\":\"QUESTION\",\"body\":\"Who signs the NDA?\"}"));
        String reply = id(mvc.perform(json(post(space("/posts/" + question + "/replies")), "{\"body\":\"Maria does\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentId").value(question)));
        // a reply to the reply joins the same thread: one level deep
        mvc.perform(json(post(space("/posts/" + reply + "/replies")), "{\"body\":\"Thanks!\"}")
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.parentId").value(question));

        mvc.perform(json(patch(space("/posts/" + question)), "{\"answerId\":\"" + reply + "\"}")
                        .with(ada.bearer())
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answerId").value(reply))
                .andExpect(jsonPath("$.updatedAt").doesNotExist()) // answered, not edited
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get(space("/posts")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].replies", hasSize(2)))
                .andExpect(jsonPath("$.items[0].answerId").value(reply));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].text", hasItem("We answered the question \"Who signs the NDA?\"")));

        String update = id(publish(ada, "{\"kind\":\"UPDATE\",\"body\":\"News\"}"));
        mvc.perform(json(patch(space("/posts/" + update)), "{\"answerId\":\"" + reply + "\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEditNeedsTheVersionItIsBasedOnAndOnlyTheAuthorEdits() throws Exception {
        String post = id(publish(ada, "{\"kind\":\"UPDATE\",\"body\":\"First draft\"}"));
        mvc.perform(json(patch(space("/posts/" + post)), "{\"body\":\"Second draft\"}")
                        .with(ada.bearer())
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("Second draft"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(patch(space("/posts/" + post)), "{\"body\":\"Stale\"}")
                        .with(ada.bearer())
                        .header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));

        SignedUp bob = SpaceMother.member(mvc, ada, "Bob", "MEMBER");
        mvc.perform(json(patch(space("/posts/" + post)), "{\"body\":\"Not mine\"}")
                        .with(bob.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(delete(space("/posts/" + post)).with(bob.bearer())).andExpect(status().isForbidden());
        mvc.perform(get(space("/posts/" + post)).with(ada.bearer()))
                .andExpect(jsonPath("$.body").value("Second draft"));
    }

    @Test
    void aDeletedPostLeavesATraceAndKeepsItsReplies() throws Exception {
        String post = id(publish(ada, "{\"kind\":\"UPDATE\",\"body\":\"Oops, wrong partner\"}"));
        mvc.perform(json(post(space("/posts/" + post + "/replies")), "{\"body\":\"Noted\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated());
        mvc.perform(delete(space("/posts/" + post)).with(ada.bearer()).header("If-Match", "\"5\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(space("/posts/" + post)).with(ada.bearer()).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deleted").value(true))
                .andExpect(jsonPath("$.body").value(""));
        mvc.perform(get(space("/posts")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].deleted").value(true))
                .andExpect(jsonPath("$.items[0].replies[0].body").value("Noted"));
        mvc.perform(json(post(space("/posts/" + post + "/replies")), "{\"body\":\"Late\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anAdminDeletesAnyPostAViewerPostsNothing() throws Exception {
        SignedUp bob = SpaceMother.member(mvc, ada, "Bob", "MEMBER");
        SignedUp vera = SpaceMother.member(mvc, ada, "Vera", "VIEWER");
        String post = id(publish(bob, "{\"kind\":\"UPDATE\",\"body\":\"Spam\"}"));
        publish(vera, "{\"kind\":\"UPDATE\",\"body\":\"Hello\"}").andExpect(status().isForbidden());
        mvc.perform(get(space("/posts")).with(vera.bearer())).andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(delete(space("/posts/" + post)).with(ada.bearer())).andExpect(status().isOk());
    }

    @Test
    void anotherWorkspaceCannotReadPostOrStreamTheSpace() throws Exception {
        String post = id(publish(ada, "{\"kind\":\"UPDATE\",\"body\":\"Confidential\"}"));
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        UUID evesOwn = SpaceMother.partnership(mvc, eve, "Eve's");
        mvc.perform(get(space("/posts")).with(eve.bearer())).andExpect(status().isNotFound());
        publish(eve, "{\"kind\":\"UPDATE\",\"body\":\"Hi\"}").andExpect(status().isNotFound());
        mvc.perform(get(space("/stream")).with(eve.bearer())).andExpect(status().isNotFound());
        // Eve's own workspace, Ada's partnership and post ids: nothing there either
        String crossing = eve.workspacePath("/partnerships/" + acme + "/space");
        mvc.perform(get(crossing + "/posts").with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(eve.workspacePath("/partnerships/" + evesOwn + "/space/posts/" + post))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post(eve.workspacePath(
                                        "/partnerships/" + evesOwn + "/space/posts/" + post + "/replies")),
                                "{\"body\":\"x\"}")
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(space("/posts/" + post)).with(ada.bearer()))
                .andExpect(jsonPath("$.body").value("Confidential"));
    }

    @Test
    void aPostOfOnePartnershipIsNotFoundUnderAnother() throws Exception {
        UUID other = SpaceMother.partnership(mvc, ada, "Globex");
        String post = id(publish(ada, "{\"kind\":\"UPDATE\",\"body\":\"Acme only\"}"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + other + "/space/posts/" + post))
                        .with(ada.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no such post")));
    }

    private ResultActions publish(SignedUp who, String body) throws Exception {
        return mvc.perform(json(post(space("/posts")), body).with(who.bearer()));
    }

    private String space(String rest) {
        return ada.workspacePath("/partnerships/" + acme + "/space" + rest);
    }

    static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
