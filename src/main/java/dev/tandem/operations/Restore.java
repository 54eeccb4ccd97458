package dev.tandem.operations;

import dev.tandem.shared.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * {@code java -jar tandem.jar restore FILE [--spring.datasource.url=…]} ({@code bin/tandem restore FILE}): loads a
 * PostgreSQL backup made through Tandem into the database Tandem is configured with, which must be empty: the
 * embedded one under {@code tandem.embedded.directory} when no URL is set, or the server's. Stop Tandem first;
 * its next start migrates the restored data to its own schema version.
 */
public final class Restore {

    private Restore() {}

    /** Runs the restore; the process's exit status. */
    public static int run(String[] args) {
        List<String> springArgs = new ArrayList<>();
        Path file = null;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else if (file == null) {
                file = Path.of(arg);
            }
        }
        if (file == null || !Files.isReadable(file)) {
            System.err.println("Usage: tandem restore BACKUP-FILE  (a readable backup made through Tandem: "
                    + "tandem-…-postgresql.sql.gz)");
            return 2;
        }
        var context = new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(springArgs.toArray(String[]::new));
        try (context) {
            var restored = PostgresRestore.load(
                    context.getBean(DataSource.class),
                    file,
                    context.getEnvironment().getProperty("spring.flyway.locations", "classpath:db/migration"));
            System.out.printf(
                    "Restored %s: %d tables, %d rows, schema version %s. Start Tandem: it migrates the "
                            + "data to its own version.%n",
                    file, restored.tables(), restored.rows(), restored.schemaVersion());
            return 0;
        } catch (Exception e) {
            System.err.println("The restore failed, and nothing was loaded: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Just the database Tandem would use: a configured one, or the embedded PostgreSQL. Not a component (the
     * application's scan and test contexts must not find it), only the restore's own source.
     */
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    @ComponentScan(basePackageClasses = EmbeddedPostgresServer.class)
    static class Context {}
}
