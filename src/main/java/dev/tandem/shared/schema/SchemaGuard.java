package dev.tandem.shared.schema;

import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates at start-up, but only a schema this release knows. Flyway by default ignores migrations it has applied
 * and does not know (a newer Tandem's), and this release would then write to tables it does not understand: an
 * upgrade rolled back by reinstalling the old jar would quietly corrupt data.
 */
@Configuration(proxyBeanMethods = false)
class SchemaGuard {

    @Bean
    FlywayMigrationStrategy refuseANewerSchema() {
        return flyway -> {
            var info = flyway.info();
            Arrays.stream(info.applied())
                    .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                            || migration.getState() == MigrationState.FUTURE_FAILED)
                    .max(Comparator.comparing(MigrationInfo::getVersion))
                    .ifPresent(newest -> {
                        throw new NewerSchema(newest.getVersion().toString(), latestKnown(info.all()));
                    });
            flyway.migrate();
        };
    }

    private static String latestKnown(MigrationInfo[] all) {
        return Arrays.stream(all)
                .filter(migration ->
                        migration.getVersion() != null && migration.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(Object::toString)
                .orElse("none");
    }
}
