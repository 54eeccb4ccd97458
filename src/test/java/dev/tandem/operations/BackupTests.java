package dev.tandem.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An instance administrator backs the database up through Tandem (API and page); the backup restores into a fresh,
 * empty database where the data is found again: on PostgreSQL with {@code tandem restore}'s loader, on H2 in
 * memory with RUNSCRIPT. Everyone else is refused.
 */
@TandemTest
class BackupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Value("${tandem.backup.directory}")
    Path directory;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username:sa}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void anAdministratorsBackupRestoresIntoAFreshDatabaseWithTheData() throws Exception {
        SignedUp ada = administrator();
        String name = "Kept in the backup " + UUID.randomUUID();
        mvc.perform(post(ada.workspacePath("/contacts"))
                        .with(ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"" + name + "\",\"emails\":[],\"phones\":[],\"tags\":[]}"))
                .andExpect(status().isCreated());
        String schema = Database.schemaVersion(jdbc);

        String answer = mvc.perform(post("/api/v1/admin/backups").with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.schemaVersion").value(schema))
                .andExpect(jsonPath("$.madeBy").value(ada.email()))
                .andExpect(jsonPath("$.sizeBytes").value(Matchers.greaterThan(0)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String fileName = JsonPath.read(answer, "$.fileName");
        Path file = directory.resolve(fileName);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        mvc.perform(get("/api/v1/admin/database").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schemaVersion").value(schema))
                .andExpect(jsonPath("$.lastBackup.fileName").value(fileName));
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.database.schemaVersion").value(schema))
                .andExpect(jsonPath("$.database.lastBackupAt").isNotEmpty())
                .andExpect(jsonPath("$.database.kind").isNotEmpty());
        assertThat(jdbc.sql("select count(*) from audit_events where action = 'DATABASE_BACKED_UP' and target = :file")
                        .param("file", fileName)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        assertThat(restoredContactNames(file)).contains(name);
    }

    @Test
    void thePageShowsTheDatabaseAndMakesABackup() throws Exception {
        var session = WebSessions.logIn(mvc, administrator());
        mvc.perform(get("/account").with(session))
                .andExpect(content().string(Matchers.containsString("href=\"/admin\"")));
        mvc.perform(get("/admin").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(Database.schemaVersion(jdbc))))
                .andExpect(content().string(Matchers.containsString("Back up now")));
        mvc.perform(post("/admin/backups").with(session).with(csrf()))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("notice", "operations.backup.made"));
        mvc.perform(get("/admin").with(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("None yet"))));
    }

    @Test
    void nobodyElseSeesTheDatabaseOrBacksItUp() throws Exception {
        administrator();
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        mvc.perform(get("/api/v1/admin/database").with(eve.bearer())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/backups").with(eve.bearer())).andExpect(status().isForbidden());
        var session = WebSessions.logIn(mvc, eve);
        mvc.perform(get("/account").with(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/admin\""))));
        mvc.perform(get("/admin").with(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/backups").with(session).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/backups")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
    }

    /** Someone who owns the installation's first workspace, whichever test made it. */
    private SignedUp administrator() throws Exception {
        SignedUp user = TestUsers.signUp(mvc, "Ada");
        UUID first = jdbc.sql("select id from workspaces order by created_at, id limit 1")
                .query(UUID.class)
                .single();
        if (!first.equals(user.workspaceId())) {
            jdbc.sql(
                            "insert into memberships (workspace_id, user_id, role, joined_at) values (:ws, :user, 'OWNER', :at)")
                    .param("ws", first)
                    .param("user", user.userId())
                    .param("at", OffsetDateTime.now())
                    .update();
        }
        return user;
    }

    /** The backup loaded into a new, empty database, migrated on as Tandem's next start would: its contacts. */
    private List<String> restoredContactNames(Path file) throws Exception {
        if (url.startsWith("jdbc:h2:mem:")) {
            try (var fresh = new SingleConnectionDataSource(
                    "jdbc:h2:mem:restored-" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "sa",
                    "",
                    true)) {
                JdbcClient.create(fresh)
                        .sql("runscript from '" + file.toAbsolutePath() + "' compression zip")
                        .update();
                return JdbcClient.create(fresh)
                        .sql("select display_name from contacts")
                        .query(String.class)
                        .list();
            }
        }
        String database = "tandem_restored_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + database).update();
        String freshUrl = url.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
        try {
            try (var fresh = new SingleConnectionDataSource(freshUrl, user, password, true)) {
                var restored = PostgresRestore.load(fresh, file, "classpath:db/migration");
                assertThat(restored.rows()).isPositive();
                Flyway.configure()
                        .dataSource(fresh)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                return JdbcClient.create(fresh)
                        .sql("select display_name from contacts")
                        .query(String.class)
                        .list();
            }
        } finally {
            try (var admin = DriverManager.getConnection(url, user, password)) {
                admin.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }
}
