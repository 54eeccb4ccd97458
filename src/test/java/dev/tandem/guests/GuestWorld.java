package dev.tandem.guests;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.rhythm.RhythmMother;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A workspace with two partnerships, each holding INTERNAL items whose text says SECRET, and a guest of the first
 * (who accepted the mailed link). Whatever a guest is answered must never contain "SECRET".
 */
public final class GuestWorld {

    public static final String SECRET = "SECRET";

    public final SignedUp owner;
    public final SignedUp guest;
    public final UUID workspace;
    public final UUID p1;
    public final UUID p2;
    public final UUID p1Meeting;
    public final UUID p2Meeting;
    public final UUID p1Theirs;
    public final UUID p1Ours;
    public final UUID p2Theirs;
    public final UUID invitation;
    /** Shared-space posts and a file: the guest's own in P1 (one to read and edit, two to delete), the owner's in P2. */
    public final UUID p1Post;

    public final UUID p1PostToDeleteByApi;
    public final UUID p1PostToDeleteByPage;
    public final UUID p1File;
    public final UUID p2Post;
    public final UUID p2File;
    /** Who of our side takes part in P1 (the owner), whom the guest may thank. */
    public final UUID p1OurParticipant;

    public GuestWorld(MockMvc mvc) throws Exception {
        owner = TestUsers.signUp(mvc, "Olivia");
        guest = TestUsers.signUp(mvc, "Gaia");
        workspace = owner.workspaceId();
        p1 = RhythmMother.partnership(mvc, owner, "Acme alliance");
        p2 = RhythmMother.partnership(mvc, owner, "Other SECRET deal");
        note(mvc, p1, "INTERNAL SECRET thought", "INTERNAL");
        note(mvc, p1, "Welcome, both teams", "SHARED");
        note(mvc, p2, "P2 SECRET shared note", "SHARED");
        UUID internalGoal = RhythmMother.id(
                mvc,
                owner,
                "/partnerships/" + p1 + "/goals",
                "{\"title\":\"Team SECRET goal\",\"dueOn\":\"2099-12-31\"}");
        mvc.perform(post("/w/" + workspace + "/partnerships/" + p1 + "/goals/" + internalGoal + "/visibility")
                        .param("visibility", "INTERNAL")
                        .with(WebSessions.logIn(mvc, owner))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        RhythmMother.id(
                mvc, owner, "/partnerships/" + p1 + "/goals", "{\"title\":\"Grow together\",\"dueOn\":\"2099-12-31\"}");
        p1Meeting = RhythmMother.meeting(mvc, owner, p1, "CHECK_IN", "2099-01-10T09:00", "2099-01-10T10:00");
        p2Meeting = RhythmMother.meeting(mvc, owner, p2, "CHECK_IN", "2099-01-10T09:00", "2099-01-10T10:00");
        mvc.perform(json(
                                patch(owner.workspacePath("/meetings/" + p1Meeting)),
                                "{\"notes\":\"Their budget is SECRET\",\"decisions\":\"SECRET pricing\"}")
                        .with(owner.bearer()))
                .andExpect(status().isOk());
        String due = LocalDate.of(2099, 2, 1).toString();
        p1Theirs = RhythmMother.commitment(mvc, owner, p1, "Send the draft", "THEM", due);
        p1Ours = RhythmMother.commitment(mvc, owner, p1, "Book the room", "US", due);
        p2Theirs = RhythmMother.commitment(mvc, owner, p2, "P2 SECRET work", "THEM", due);
        String invited = mvc.perform(json(
                                post(owner.workspacePath("/partnerships/" + p1 + "/guests")),
                                "{\"email\":\"%s\"}".formatted(guest.email()))
                        .with(owner.bearer()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        invitation = UUID.fromString(JsonPath.read(invited, "$.id"));
        TestUsers.acceptInvitation(mvc, guest);
        String p1Upload = upload(
                mvc, guest, p1, "Our kickoff board", new MockMultipartFile("file", "board.png", "image/png", png()));
        p1Post = UUID.fromString(JsonPath.read(p1Upload, "$.id"));
        p1File = UUID.fromString(JsonPath.read(p1Upload, "$.file.id"));
        p1PostToDeleteByApi =
                UUID.fromString(JsonPath.read(upload(mvc, guest, p1, "First try", text("draft")), "$.id"));
        p1PostToDeleteByPage =
                UUID.fromString(JsonPath.read(upload(mvc, guest, p1, "Second try", text("draft")), "$.id"));
        String p2Upload = upload(mvc, owner, p2, "P2 SECRET deck", text("SECRET numbers"));
        p2Post = UUID.fromString(JsonPath.read(p2Upload, "$.id"));
        p2File = UUID.fromString(JsonPath.read(p2Upload, "$.file.id"));
        p1OurParticipant = RhythmMother.ourParticipant(mvc, owner, p1);
        ledger(mvc);
    }

    /**
     * P1's ledger is shared and holds a contribution of ours; P2's stays internal with a SECRET one. P1 has an
     * internal SECRET kudos (never in the shared space) and a shared one.
     */
    private void ledger(MockMvc mvc) throws Exception {
        mvc.perform(json(
                                put(owner.workspacePath("/partnerships/" + p1 + "/ledger/visibility")),
                                "{\"visibility\":\"SHARED\"}")
                        .with(owner.bearer()))
                .andExpect(status().isOk());
        contribution(mvc, p1, "Hosted the workshop");
        contribution(mvc, p2, "P2 SECRET hours");
        kudos(mvc, "INTERNAL SECRET praise", "INTERNAL");
        kudos(mvc, "Thanks for the kickoff", "SHARED");
    }

    private void contribution(MockMvc mvc, UUID partnership, String description) throws Exception {
        mvc.perform(json(post(owner.workspacePath("/partnerships/" + partnership + "/contributions")), """
                        {"side":"US","kind":"TIME","description":"%s","occurredOn":"%s","amount":6}""".formatted(
                                description, LocalDate.now(ZoneOffset.UTC).minusDays(3)))
                        .with(owner.bearer()))
                .andExpect(status().isCreated());
    }

    private void kudos(MockMvc mvc, String message, String visibility) throws Exception {
        mvc.perform(json(post(owner.workspacePath("/partnerships/" + p1 + "/kudos")), """
                        {"side":"OURS","personId":"%s","message":"%s","visibility":"%s"}""".formatted(
                                        owner.userId(), message, visibility))
                        .with(owner.bearer()))
                .andExpect(status().isCreated());
    }

    private static MockMultipartFile text(String content) {
        return new MockMultipartFile("file", "notes.txt", "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    /** A small image, so that its thumbnail exists. */
    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private String upload(MockMvc mvc, TestUsers.SignedUp who, UUID partnership, String body, MockMultipartFile file)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(
                                owner.workspacePath("/partnerships/" + partnership + "/space/files"))
                        .file(file)
                        .param("body", body)
                        .with(who.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void note(MockMvc mvc, UUID partnership, String body, String visibility) throws Exception {
        mvc.perform(json(
                                post(owner.workspacePath("/partnerships/" + partnership + "/notes")),
                                "{\"body\":\"%s\",\"visibility\":\"%s\"}".formatted(body, visibility))
                        .with(owner.bearer()))
                .andExpect(status().isCreated());
    }
}
