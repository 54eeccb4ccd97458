package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/** Every message that counts says "1 day" and "2 days", "1 giorno" and "2 giorni", "1 día" and "2 días". */
@TandemTest
class PluralMessagesTests {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.ITALIAN, Locale.forLanguageTag("es")};

    @Autowired
    MessageSource messages;

    @Value("${spring.messages.basename}")
    String basenames;

    @Test
    void everyPluralMessageReadsRightForZeroOneAndTwo() throws IOException {
        var keys = new TreeSet<String>();
        for (String bundle : basenames.split(",")) {
            for (String language : new String[] {"", "_it", "_es"}) {
                Properties properties = load(bundle.strip() + language + ".properties");
                properties.forEach((key, value) -> {
                    if (((String) value).contains(", plural,")) {
                        keys.add((String) key);
                    }
                });
            }
        }
        assertThat(keys).contains("health.evidence.cadence", "health.evidence.partnerDisengaging", "login.throttled");
        for (String key : keys) {
            for (Locale language : LANGUAGES) {
                for (long n = 0; n <= 2; n++) {
                    Object[] args = new Object[6];
                    Arrays.fill(args, n);
                    String text = messages.getMessage(key, args, language);
                    assertThat(text).as(key + " " + language + " " + n).doesNotContain("{", "}", "#", "''");
                }
            }
        }
    }

    @Test
    void countsAgreeWithTheirNouns() {
        assertThat(text("health.evidence.cadence", Locale.ENGLISH, 1, "Dec 6, 2026", 1))
                .isEqualTo("Last contact 1 day ago (on Dec 6, 2026); the agreed cadence is every day.");
        assertThat(text("health.evidence.cadence", Locale.ENGLISH, 2, "Dec 5, 2026", 14))
                .isEqualTo("Last contact 2 days ago (on Dec 5, 2026); the agreed cadence is every 14 days.");
        assertThat(text("health.evidence.cadence", Locale.ENGLISH, 0, "Dec 7, 2026", 14))
                .startsWith("Last contact today");
        assertThat(text("health.evidence.cadence", Locale.ITALIAN, 1, "6 dic 2026", 1))
                .isEqualTo("Ultimo contatto 1 giorno fa (il 6 dic 2026); la cadenza concordata è ogni giorno.");
        assertThat(text("health.evidence.cadence", Locale.ITALIAN, 2, "5 dic 2026", 14))
                .isEqualTo("Ultimo contatto 2 giorni fa (il 5 dic 2026); la cadenza concordata è ogni 14 giorni.");
        assertThat(text("health.evidence.reliability.none", Locale.ITALIAN, 1))
                .isEqualTo("Nessun impegno in scadenza nell'ultimo giorno.");
        assertThat(text("health.evidence.growingTogether", Locale.forLanguageTag("es"), 40, 62, 1))
                .isEqualTo("De 40 a 62 en 1 semana.");
        assertThat(text("health.evidence.growingTogether", Locale.forLanguageTag("es"), 40, 62, 2))
                .isEqualTo("De 40 a 62 en 2 semanas.");
        // Evidence is stored as text: its numbers still pick the right form.
        assertThat(text("login.throttled", Locale.ENGLISH, "1")).endsWith("Try again in 1 minute.");
        assertThat(text("login.throttled", Locale.ENGLISH, "3")).endsWith("Try again in 3 minutes.");
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PluralMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
