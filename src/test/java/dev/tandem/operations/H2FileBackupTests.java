package dev.tandem.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On an H2 file, the first account to sign up administers the installation, and its backup is H2's own
 * {@code BACKUP TO}: unzipped into an empty directory, it is the database again, data included.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class H2FileBackupTests {

    static final Path DIRECTORY = createDirectory();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> url(DIRECTORY.resolve("db")));
        properties.add("spring.datasource.username", () -> "sa");
        properties.add("spring.datasource.password", () -> "");
        properties.add(
                "tandem.backup.directory", () -> DIRECTORY.resolve("backups").toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theFirstOwnersBackupOfAnH2FileUnzipsIntoAWorkingDatabase() throws Exception {
        var first = TestUsers.signUp(mvc, "Installer");
        String name = "Kept in H2's backup " + UUID.randomUUID();
        mvc.perform(post(first.workspacePath("/contacts"))
                        .with(first.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"" + name + "\",\"emails\":[],\"phones\":[],\"tags\":[]}"))
                .andExpect(status().isCreated());

        String answer = mvc.perform(post("/api/v1/admin/backups").with(first.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("H2_FILE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Path backup = DIRECTORY.resolve("backups").resolve((String) JsonPath.read(answer, "$.fileName"));
        assertThat(backup.getFileName().toString()).endsWith("-h2.zip");

        Path restored = Files.createDirectories(DIRECTORY.resolve("restored"));
        try (var zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, restored.resolve(entry.getName()));
            }
        }
        try (var db = new SingleConnectionDataSource(url(restored), "sa", "", true)) {
            assertThat(JdbcClient.create(db)
                            .sql("select display_name from contacts")
                            .query(String.class)
                            .list())
                    .contains(name);
        }
    }

    private static String url(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("tandem").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-backup-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
