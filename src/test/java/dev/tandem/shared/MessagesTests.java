package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every visible string exists in English, Italian and Spanish, and each is well formed. */
class MessagesTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])[}(]");

    /** The bundles named by {@code spring.messages.basename}. */
    static List<String> bundles() throws IOException {
        Properties application = load("application.properties");
        return List.of(application.getProperty("spring.messages.basename").split(","));
    }

    static List<String> files() throws IOException {
        List<String> files = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String suffix : List.of("", "_it", "_es")) {
                files.add(bundle.strip() + suffix + ".properties");
            }
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "es"})
    void translationsHaveExactlyTheEnglishKeys(String language) throws IOException {
        for (String bundle : bundles()) {
            Properties english = load(bundle.strip() + ".properties");
            Properties translation = load(bundle.strip() + "_" + language + ".properties");
            assertThat(translation.stringPropertyNames())
                    .as(bundle + "_" + language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            translation.forEach((key, value) ->
                    assertThat((String) value).as(language + ": " + key).isNotBlank());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle.strip() + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as(key + " in " + bundle).isTrue();
            }
        }
    }

    @Test
    void apostrophesAreEscapedExactlyWhereMessageFormatReadsThem() throws IOException {
        for (String file : files()) {
            checkApostrophes(file);
        }
    }

    private static void checkApostrophes(String file) throws IOException {
        load(file).forEach((key, raw) -> {
            String value = (String) raw;
            if (ARGUMENT.matcher(value).find()) {
                assertThat(LONE_QUOTE.matcher(value).find())
                        .as(file + ": " + key + " needs '' for an apostrophe")
                        .isFalse();
            } else {
                assertThat(value)
                        .as(file + ": " + key + " must not double its apostrophes")
                        .doesNotContain("''");
            }
        });
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties english = new Properties();
        for (String bundle : bundles()) {
            english.putAll(load(bundle.strip() + ".properties"));
        }
        Set<String> missing = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    if (!key.group(1).contains("__") && !english.containsKey(key.group(1))) {
                        missing.add(template.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
