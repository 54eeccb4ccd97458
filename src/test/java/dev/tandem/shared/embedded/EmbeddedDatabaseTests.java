package dev.tandem.shared.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With no database configured, Tandem runs on its embedded PostgreSQL: migrated, and working through the API. */
@SpringBootTest(properties = "spring.datasource.url=")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class EmbeddedDatabaseTests {

    static final Path DIRECTORY = createDirectory();

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        properties.add("tandem.embedded.directory", DIRECTORY::toString);
        properties.add("tandem.embedded.binaries", EmbeddedPostgresServerTests.BINARIES::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnTheEmbeddedPostgresWhenNoDatabaseIsConfigured() throws Exception {
        var jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("select current_database()").query(String.class).single())
                .isEqualTo("tandem");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(DIRECTORY.resolve("postgres").resolve("PG_VERSION")).exists();

        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(post(ada.workspacePath("/contacts"))
                        .with(ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Kept in PostgreSQL\",\"emails\":[],\"phones\":[],\"tags\":[]}"))
                .andExpect(status().isCreated());
        mvc.perform(get(ada.workspacePath("/contacts")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].displayName").value("Kept in PostgreSQL"));
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "embedded-database-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
