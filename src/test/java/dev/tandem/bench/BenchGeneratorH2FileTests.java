package dev.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 file the generator leaves is compacted, and opens as a deployment's would. */
class BenchGeneratorH2FileTests {

    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    @TempDir
    Path dir;

    @Test
    void theApplicationOpensTheFileWithH2sDefaultCacheNotTheLoadsBigOne() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("tandem") + SETTINGS;
        String loadUrl = url + ";CACHE_SIZE=2097152";
        try (var connection = DriverManager.getConnection(loadUrl, "sa", "");
                var statement = connection.createStatement()) {
            statement.execute("create table notes(id int primary key, body varchar(2000))");
            statement.execute("insert into notes select \"X\", repeat('n', 1000) from system_range(1, 2000)");
            statement.execute("delete from notes where mod(id, 2) = 0");
        }
        long loaded = Files.size(dir.resolve("tandem.mv.db"));

        BenchGenerator.compact(new BenchOptions(
                1,
                1,
                1,
                "bench@tandem.local",
                dir,
                List.of("--spring.datasource.url=" + loadUrl, "--spring.datasource.username=sa")));

        assertThat(Files.size(dir.resolve("tandem.mv.db"))).isLessThan(loaded);
        assertThat(cacheSizeKb(url)).isEqualTo(BenchGenerator.H2_DEFAULT_CACHE_KB);
    }

    @Test
    void h2sDefaultCacheIsWhatTheGeneratorPutsBack() throws Exception {
        assertThat(cacheSizeKb("jdbc:h2:file:" + dir.resolve("fresh") + SETTINGS))
                .isEqualTo(BenchGenerator.H2_DEFAULT_CACHE_KB);
    }

    private static int cacheSizeKb(String url) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var result = connection
                        .createStatement()
                        .executeQuery(
                                "select setting_value from information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'")) {
            result.next();
            return Integer.parseInt(result.getString(1)) * 1024;
        }
    }
}
