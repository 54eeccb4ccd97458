package dev.tandem.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The translations of the demo's texts, read once from {@value #FILE}: blocks separated by a blank line, each the
 * English text on its first line, then one line per language, {@code it: …} and {@code es: …}. Keyed by the English
 * text as gettext does, so the demo data stays readable in one language and each translation sits beside its
 * original.
 */
@Component
class DemoCatalogue {

    static final String FILE = "demo/texts.txt";

    private final Map<String, Map<String, String>> byLanguage;
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    DemoCatalogue() {
        this.byLanguage = parse(read());
    }

    /** The demo's words for someone who speaks {@code locale}: Italian, Spanish, or else English. */
    DemoWords in(Locale locale) {
        Map<String, String> texts = byLanguage.get(locale.getLanguage());
        return texts == null ? DemoWords.ENGLISH : new DemoWords(locale.getLanguage(), texts, missing);
    }

    /** Texts asked for in a language that has no translation of them, as {@code "it: text"}; for tests. */
    Set<String> missing() {
        return Set.copyOf(missing);
    }

    static Map<String, Map<String, String>> parse(String catalogue) {
        Map<String, Map<String, String>> languages = new HashMap<>();
        for (String block : catalogue.split("\\R\\s*\\R")) {
            String[] lines =
                    block.strip().lines().filter(line -> !line.startsWith("#")).toArray(String[]::new);
            if (lines.length == 0) {
                continue;
            }
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon != 2) {
                    throw new IllegalStateException("Not a translation in " + FILE + ": " + lines[i]);
                }
                languages
                        .computeIfAbsent(lines[i].substring(0, 2), language -> new HashMap<>())
                        .put(lines[0].strip(), lines[i].substring(3).strip());
            }
        }
        languages.replaceAll((language, texts) -> Map.copyOf(texts));
        return Map.copyOf(languages);
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
