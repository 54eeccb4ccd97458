package dev.tandem.endings;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers.SignedUp;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matcher;
import org.springframework.test.web.servlet.MockMvc;

/** Test data through the API: partnerships, contacts and contracts. */
record EndingFixtures(MockMvc mvc, SignedUp user) {

    static final String WITH_EXIT = """
            {"title":"Hosting","counterparty":"Nimbus Srl","startsOn":"2026-01-01","endsOn":"2027-12-31",
             "noticeDays":90,"terminationCost":"Three months of fees",
             "transitionPlan":"Six weeks of parallel running","dataReturn":"Full export within 30 days"}""";

    String partnership(String name, String kind) throws Exception {
        return create("/partnerships", "{\"name\":\"%s\",\"kind\":\"%s\"}".formatted(name, kind));
    }

    String contact(String name, String language) throws Exception {
        return create("/contacts", """
                {"displayName":"%s","emails":["%s@example.org"],"phones":[],"tags":[],"preferredLanguage":"%s"}""".formatted(name, name.toLowerCase().replace(' ', '.'), language));
    }

    String contract(String partnership, String body) throws Exception {
        return create("/partnerships/" + partnership + "/contracts", body);
    }

    String create(String path, String body) throws Exception {
        String response = mvc.perform(json(post(user.workspacePath(path)), body).with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    /** The text contains every part. */
    static Matcher<String> facts(String... parts) {
        List<Matcher<? super String>> all = new ArrayList<>();
        for (String part : parts) {
            all.add(containsString(part));
        }
        return allOf(all);
    }
}
