package dev.tandem.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The demo's texts in the language of the person loading it: each English text of the demo data, said in their
 * language from {@link DemoCatalogue}. A text without a translation stays English (and is noted as missing); English
 * and the names of people and organisations pass through unchanged.
 */
final class DemoWords {

    static final DemoWords ENGLISH = new DemoWords("en", Map.of(), Set.of());

    private final String language;
    private final Map<String, String> texts;
    private final Set<String> missing;

    DemoWords(String language, Map<String, String> texts, Set<String> missing) {
        this.language = language;
        this.texts = texts;
        this.missing = missing;
    }

    String language() {
        return language;
    }

    String say(String english) {
        String said = texts.get(english);
        if (said == null && !"en".equals(language)) {
            missing.add(language + ": " + english);
        }
        return said == null ? english : said;
    }

    @Nullable
    String sayMaybe(@Nullable String english) {
        return english == null ? null : say(english);
    }

    List<String> say(List<String> english) {
        return english.stream().map(this::say).toList();
    }
}
