package dev.tandem.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;

/** One workspace with a partnership, made once per test run and shared by every fuzz input. */
record FuzzWorkspace(SignedUp owner, UUID partnership) {

    private static @Nullable FuzzWorkspace made;

    static synchronized FuzzWorkspace of(MockMvc mvc) throws Exception {
        if (made == null) {
            SignedUp owner = TestUsers.signUp(mvc, "Fuzz");
            String created = mvc.perform(TestUsers.json(
                                    post(owner.workspacePath("/partnerships")),
                                    "{\"name\":\"Fuzzed partnership\",\"kind\":\"VENDOR\"}")
                            .with(owner.bearer()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            made = new FuzzWorkspace(owner, UUID.fromString(JsonPath.read(created, "$.id")));
        }
        return made;
    }

    String path(String rest) {
        return owner.workspacePath(rest);
    }
}
