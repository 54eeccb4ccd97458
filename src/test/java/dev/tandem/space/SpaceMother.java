package dev.tandem.space;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/** Partnerships and colleagues for the shared space's tests. */
final class SpaceMother {

    private SpaceMother() {}

    static UUID partnership(MockMvc mvc, SignedUp user, String name) throws Exception {
        String body = mvc.perform(json(
                                post(user.workspacePath("/partnerships")),
                                "{\"name\":\"%s\",\"kind\":\"ORG_PARTNER\"}".formatted(name))
                        .with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    static SignedUp member(MockMvc mvc, SignedUp owner, String name, String role) throws Exception {
        SignedUp member = TestUsers.signUp(mvc, name);
        TestUsers.addMember(mvc, owner, member, role);
        return new SignedUp(member.userId(), owner.workspaceId(), member.token(), member.email(), member.password());
    }
}
