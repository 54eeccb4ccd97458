package dev.tandem.goals;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/** Test data through the API: partnerships, contacts, goals, key results, own goals. */
record GoalFixtures(MockMvc mvc, SignedUp user) {

    String partnership(String name) throws Exception {
        return create("/partnerships", "{\"name\":\"%s\",\"kind\":\"ORG_PARTNER\"}".formatted(name));
    }

    String contact(String name) throws Exception {
        return create("/contacts", "{\"displayName\":\"%s\",\"emails\":[],\"phones\":[],\"tags\":[]}".formatted(name));
    }

    String goal(String partnership, String title, String extra) throws Exception {
        return create(
                "/partnerships/" + partnership + "/goals",
                "{\"title\":\"%s\",\"dueOn\":\"2099-12-31\"%s}".formatted(title, extra));
    }

    String keyResult(String goal, String baseline, String target) throws Exception {
        return create(
                "/goals/" + goal + "/key-results",
                "{\"metric\":\"Signups\",\"unit\":\"people\",\"baseline\":%s,\"target\":%s}"
                        .formatted(baseline, target));
    }

    String ownGoal(String partnership, String side, String title) throws Exception {
        return create(
                "/partnerships/" + partnership + "/own-goals",
                "{\"side\":\"%s\",\"kind\":\"ORGANISATIONAL\",\"title\":\"%s\"}".formatted(side, title));
    }

    String create(String path, String body) throws Exception {
        String response = mvc.perform(json(post(user.workspacePath(path)), body).with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    static UUID id(String id) {
        return UUID.fromString(id);
    }
}
