package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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

    @ParameterizedTest
    @ValueSource(strings = {"it", "es"})
    void translationsHaveExactlyTheEnglishKeys(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translation = load("messages_" + language + ".properties");
        assertThat(translation.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        translation.forEach((key, value) -> assertThat((String) value).as(language + ": " + key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_it.properties", "messages_es.properties"})
    void apostrophesAreEscapedExactlyWhereMessageFormatReadsThem(String file) throws IOException {
        load(file).forEach((key, raw) -> {
            String value = (String) raw;
            if (ARGUMENT.matcher(value).find()) {
                assertThat(LONE_QUOTE.matcher(value).find()).as(file + ": " + key + " needs '' for an apostrophe").isFalse();
            } else {
                assertThat(value).as(file + ": " + key + " must not double its apostrophes").doesNotContain("''");
            }
        });
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties english = load("messages.properties");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
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
