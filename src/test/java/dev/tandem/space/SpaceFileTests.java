package dev.tandem.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Files of the shared space: typed from their content, served as attachments that a browser never sniffs,
 * thumbnails for images, and refused whole over the file size or the workspace's quota (the test profile sets
 * 1 MB and 2,500 KB).
 */
@TandemTest
class SpaceFileTests {

    private static final int MB = 1024 * 1024;

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
    void anImageNamedAsTextIsAnImageWithAThumbnailServedAsAnAttachmentWithNosniff() throws Exception {
        byte[] png = png(1200, 600);
        var shared = upload("notes.txt", "text/plain", png)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("RESOURCE"))
                .andExpect(jsonPath("$.file.mediaType").value("image/png"))
                .andExpect(jsonPath("$.file.name").value("notes.txt"));
        String body = shared.andReturn().getResponse().getContentAsString();
        String file = JsonPath.read(body, "$.file.url");
        mvc.perform(get(file).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")));
        byte[] thumb = mvc.perform(
                        get((String) JsonPath.read(body, "$.file.thumbnailUrl")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(160);
    }

    @Test
    void htmlNamedAsAnImageIsServedAsHtmlAttachmentWithoutThumbnail() throws Exception {
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        String body = upload("cat.png", "image/png", html)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.file.mediaType").value("text/html"))
                .andExpect(jsonPath("$.file.thumbnailUrl").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get((String) JsonPath.read(body, "$.file.url")).with(ada.bearer()))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        String id = JsonPath.read(body, "$.file.id");
        mvc.perform(get(space("/files/" + id + "/thumbnail")).with(ada.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsWritten() throws Exception {
        upload("big.bin", "application/octet-stream", new byte[MB + 1])
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("A file can be at most 1 MB."));
        upload("empty.txt", "text/plain", new byte[0]).andExpect(status().isBadRequest());
        mvc.perform(get(space("/posts")).with(ada.bearer())).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void theWorkspaceQuotaRefusesTheUploadThatWouldPassItWholly() throws Exception {
        UUID other = SpaceMother.partnership(mvc, ada, "Globex");
        upload("a.bin", "application/octet-stream", new byte[MB]).andExpect(status().isCreated());
        upload("b.bin", "application/octet-stream", new byte[MB]).andExpect(status().isCreated());
        // the quota is the workspace's, whichever partnership the file goes to
        mvc.perform(multipart(ada.workspacePath("/partnerships/" + other + "/space/files"))
                        .file(new MockMultipartFile("file", "c.bin", "application/octet-stream", new byte[MB]))
                        .with(ada.bearer()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail", startsWith("This workspace has used its 2 MB")));
        mvc.perform(get(ada.workspacePath("/partnerships/" + other + "/space/posts"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get(space("/posts")).with(ada.bearer())).andExpect(jsonPath("$.items", hasSize(2)));
        // deleting a file's post frees its room
        String first = JsonPath.read(
                mvc.perform(get(space("/posts")).with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[0].id");
        mvc.perform(MockMvcRequestBuilders.delete(space("/posts/" + first)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.file").doesNotExist());
        upload("c.bin", "application/octet-stream", new byte[MB]).andExpect(status().isCreated());
    }

    @Test
    void anotherWorkspaceCannotDownloadAFile() throws Exception {
        String body = upload("plan.txt", "text/plain", "the plan".getBytes(StandardCharsets.UTF_8))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = JsonPath.read(body, "$.file.url");
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        mvc.perform(get(url).with(eve.bearer())).andExpect(status().isNotFound());
        UUID evesOwn = SpaceMother.partnership(mvc, eve, "Eve's");
        mvc.perform(get(eve.workspacePath(
                                "/partnerships/" + evesOwn + "/space/files/" + JsonPath.read(body, "$.file.id")))
                        .with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/plain")));
    }

    @Test
    void aQuestionKeepsItsKindWithAFileAttachedAndNeedsItsText() throws Exception {
        byte[] plan = "Town 1: Riverside".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(space("/files"))
                        .file(new MockMultipartFile("file", "plan.txt", "text/plain", plan))
                        .param("kind", "QUESTION")
                        .param("body", "Is this the right order?")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("QUESTION"))
                .andExpect(jsonPath("$.body").value("Is this the right order?"))
                .andExpect(jsonPath("$.file.name").value("plan.txt"));
        mvc.perform(multipart(space("/files"))
                        .file(new MockMultipartFile("file", "plan.txt", "text/plain", plan))
                        .param("kind", "QUESTION")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    private ResultActions upload(String name, String claimedType, byte[] content) throws Exception {
        return mvc.perform(multipart(space("/files"))
                .file(new MockMultipartFile("file", name, claimedType, content))
                .param("body", "For the kickoff")
                .with(ada.bearer()));
    }

    private String space(String rest) {
        return ada.workspacePath("/partnerships/" + acme + "/space" + rest);
    }

    private static byte[] png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
