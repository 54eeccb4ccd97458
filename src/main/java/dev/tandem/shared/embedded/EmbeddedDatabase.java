package dev.tandem.shared.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The database when none is configured ({@code spring.datasource.url} unset or empty): an embedded PostgreSQL under
 * {@code tandem.embedded.directory} ({@code ./data}), started before the pool and stopped after it. An installation
 * from before it, with its data in an H2 file there and no PostgreSQL yet, goes on with that file.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoDatabaseConfigured.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(
            @Value("${tandem.embedded.directory:./data}") Path directory,
            @Value("${tandem.embedded.binaries:}") String binaries) {
        if (Files.exists(directory.resolve("tandem.mv.db")) && !Files.exists(directory.resolve("postgres"))) {
            log.warn(
                    "This installation keeps its data in the H2 file {}, so Tandem goes on using it. New "
                            + "installations use an embedded PostgreSQL (ADR 0009).",
                    directory.resolve("tandem.mv.db"));
            var pool = new HikariDataSource();
            pool.setJdbcUrl("jdbc:h2:file:" + directory.resolve("tandem").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            pool.setUsername("sa");
            return pool;
        }
        try {
            return new ServerPool(EmbeddedPostgresServer.start(
                    directory.resolve("postgres"),
                    binaries.isBlank() ? directory.resolve("postgres-binaries") : Path.of(binaries)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pool of the embedded server, which stops the server once the pool is closed. */
    static final class ServerPool extends HikariDataSource {

        private final EmbeddedPostgresServer server;

        ServerPool(EmbeddedPostgresServer server) {
            this.server = server;
            setJdbcUrl(server.jdbcUrl());
            setUsername(server.user());
            setPassword(server.password());
        }

        @Override
        public void close() {
            super.close();
            try {
                server.close();
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.toString());
            }
        }
    }

    /** Matches when no database URL is given, or it is given empty. */
    static class NoDatabaseConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
