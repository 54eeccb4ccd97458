package dev.tandem.rhythm;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/** Test data for rhythm, created through the API: partnerships, their participants, meetings, commitments. */
public final class RhythmMother {

    private RhythmMother() {}

    public static UUID partnership(MockMvc mvc, SignedUp user, String name) throws Exception {
        return id(mvc, user, "/partnerships", """
                {"name":"%s","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}""".formatted(name));
    }

    /** A contact taking part on their side; answers the participant id. */
    public static UUID theirParticipant(MockMvc mvc, SignedUp user, UUID partnership, String name) throws Exception {
        UUID contact = contact(mvc, user, name);
        return id(
                mvc,
                user,
                "/partnerships/" + partnership + "/participants",
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(contact));
    }

    public static UUID contact(MockMvc mvc, SignedUp user, String name) throws Exception {
        return id(
                mvc,
                user,
                "/contacts",
                "{\"displayName\":\"%s\",\"emails\":[],\"phones\":[],\"tags\":[]}".formatted(name));
    }

    /** The user on our side; answers the participant id. */
    public static UUID ourParticipant(MockMvc mvc, SignedUp user, UUID partnership) throws Exception {
        return id(
                mvc,
                user,
                "/partnerships/" + partnership + "/participants",
                "{\"userId\":\"%s\",\"role\":\"Owner\"}".formatted(user.userId()));
    }

    public static UUID meeting(MockMvc mvc, SignedUp user, UUID partnership, String type, String start, String end)
            throws Exception {
        return id(mvc, user, "/partnerships/" + partnership + "/meetings", """
                {"type":"%s","startsAt":"%s","endsAt":"%s","timeZone":"Europe/Rome"}""".formatted(type, start, end));
    }

    public static UUID commitment(MockMvc mvc, SignedUp user, UUID partnership, String what, String side, String due)
            throws Exception {
        return id(mvc, user, "/partnerships/" + partnership + "/commitments", """
                {"what":"%s","ownerSide":"%s","dueOn":"%s"}""".formatted(what, side, due));
    }

    public static UUID id(MockMvc mvc, SignedUp user, String path, String body) throws Exception {
        String response = mvc.perform(json(post(user.workspacePath(path)), body).with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }
}
