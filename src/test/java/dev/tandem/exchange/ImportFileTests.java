package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Files as address books really write them: UTF-16 with a byte-order mark, photos too large or broken. */
@TandemTest
class ImportFileTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    ResultActions upload(byte[] content) throws Exception {
        return mvc.perform(multipart(ada.workspacePath("/contacts/import"))
                .file(new MockMultipartFile("file", "contacts", "application/octet-stream", content))
                .with(ada.bearer()));
    }

    String export() throws Exception {
        return mvc.perform(
                        get(ada.workspacePath("/contacts/export?format=vcard")).with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static byte[] withBom(String text, Charset charset, int... bom) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        for (int i = 0; i < bom.length; i++) {
            all[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    static String vcard(String name, String photoLine) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\nEMAIL:"
                + name.toLowerCase().replace(' ', '.') + "@photos.example\r\n" + photoLine + "\r\nEND:VCARD\r\n";
    }

    @Test
    void utf16FilesWithAByteOrderMarkImport() throws Exception {
        String csv = "First Name,Last Name,E-mail Address\r\nNiccolò,Tartaglia,niccolo@brescia.example\r\n";
        upload(withBom(csv, StandardCharsets.UTF_16LE, 0xFF, 0xFE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        String card =
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Émilie du Châtelet\r\nEMAIL:emilie@cirey.example\r\nEND:VCARD\r\n";
        upload(withBom(card, StandardCharsets.UTF_16BE, 0xFE, 0xFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        assertThat(export()).contains("Niccolò Tartaglia", "Émilie du Châtelet");
    }

    @Test
    void aPhotoOverTheLimitIsLeftOutWithAWarningAndTheContactImported() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        String photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + Base64.getEncoder().encodeToString(big);
        upload(vcard("Big Photo", photo).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.errors.length()").value(0))
                .andExpect(jsonPath("$.warnings[0].row").value(1))
                .andExpect(jsonPath("$.warnings[0].message").value(Matchers.containsString("larger than 1 MB")));
        assertThat(export()).contains("FN:Big Photo").doesNotContain("PHOTO");
    }

    @Test
    void aPhotoThatIsNotAnImageIsAWarningNotBytesLabelledJpeg() throws Exception {
        String broken = vcard("Broken Photo", "PHOTO;ENCODING=b;TYPE=JPEG:!!not*base64~~");
        String text = vcard(
                "Text Photo",
                "PHOTO;ENCODING=b;TYPE=JPEG:"
                        + Base64.getEncoder().encodeToString("hello, I am text".getBytes(StandardCharsets.UTF_8)));
        upload((broken + text).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.warnings.length()").value(2))
                .andExpect(jsonPath("$.warnings[1].message").value(Matchers.containsString("not a readable")));
        assertThat(export()).contains("FN:Broken Photo", "FN:Text Photo").doesNotContain("PHOTO");
    }

    @Test
    void aGoodPhotoIsKeptWithTheTypeItsBytesShow() throws Exception {
        byte[] png = Files.bytes("photo.png");
        String card = vcard(
                "Good Photo",
                "PHOTO;ENCODING=b;TYPE=JPEG:" + Base64.getEncoder().encodeToString(png));
        upload(card.getBytes(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.warnings.length()").value(0));
        String exported = export();
        assertThat(exported).contains("PHOTO").containsIgnoringCase("image/png");
    }

    @Test
    void aFileLargeEnoughToBeCopiedInKeepsEveryValueAsWritten() throws Exception {
        byte[] png = Files.bytes("photo.png");
        StringBuilder file = new StringBuilder();
        for (int i = 1; i < 250; i++) {
            file.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ")
                    .append(i)
                    .append("\r\nEMAIL:person.")
                    .append(i)
                    .append("@bulk.example\r\nTEL:+39 02 ")
                    .append(1000 + i)
                    .append("\r\nCATEGORIES:bulk,batch ")
                    .append(i % 3)
                    .append("\r\nEND:VCARD\r\n");
        }
        file.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Path\\\\Keeper\r\nORG:Back\\\\slash & Co\r\n")
                .append("NOTE:C:\\\\temp\\nsecond line\ttabbed\r\nEMAIL:path.keeper@bulk.example\r\n")
                .append("PHOTO;ENCODING=b;TYPE=PNG:")
                .append(Base64.getEncoder().encodeToString(png))
                .append("\r\nEND:VCARD\r\n");
        upload(file.toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(250))
                .andExpect(jsonPath("$.errors.length()").value(0));

        List<VCard> cards = Ezvcard.parse(export()).all();
        assertThat(cards).hasSize(250);
        VCard keeper = cards.stream()
                .filter(card -> card.getFormattedName().getValue().startsWith("Path"))
                .findFirst()
                .orElseThrow();
        assertThat(keeper.getFormattedName().getValue()).isEqualTo("Path\\Keeper");
        assertThat(keeper.getOrganization().getValues()).containsExactly("Back\\slash & Co");
        assertThat(keeper.getNotes().get(0).getValue()).isEqualTo("C:\\temp\nsecond line\ttabbed");
        assertThat(keeper.getPhotos().get(0).getData()).isEqualTo(png);
        VCard person = cards.stream()
                .filter(card -> card.getFormattedName().getValue().equals("Person 7"))
                .findFirst()
                .orElseThrow();
        assertThat(person.getEmails().get(0).getValue()).isEqualTo("person.7@bulk.example");
        assertThat(person.getTelephoneNumbers().get(0).getText()).isEqualTo("+39 02 1007");
        assertThat(person.getCategories().getValues()).containsExactlyInAnyOrder("bulk", "batch 1");
    }
}
