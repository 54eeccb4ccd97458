package dev.tandem.shared;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages Tandem speaks. Every visible string exists in each of them. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.forLanguageTag("es"));

    private Languages() {}

    /** The supported language matching a tag such as {@code it} or {@code es-MX}, if any. */
    public static @Nullable Locale match(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(null);
    }
}
