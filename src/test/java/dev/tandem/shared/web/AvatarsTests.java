package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Initials and colours of the avatars beside people's names. */
class AvatarsTests {

    final Avatars avatars = new Avatars();

    @Test
    void initialsAreTheFirstLettersOfTheFirstAndLastWordsWholeCharactersIncluded() {
        assertThat(avatars.initials("Željka Ćosić")).isEqualTo("ŽĆ");
        assertThat(avatars.initials("Ada")).isEqualTo("A");
        assertThat(avatars.initials("ada lovelace byron")).isEqualTo("AB");
        assertThat(avatars.initials("Jean-Luc Picard")).isEqualTo("JP");
        assertThat(avatars.initials("  Łukasz  (Acme) ")).isEqualTo("ŁA");
        assertThat(avatars.initials("Z\u030Cofia")).isEqualTo("Ž");
        assertThat(avatars.initials("𝒜da Ωmega")).isEqualTo("𝒜Ω");
        assertThat(avatars.initials("山田 太郎")).isEqualTo("山太");
        assertThat(avatars.initials("")).isEqualTo("?");
        assertThat(avatars.initials(null)).isEqualTo("?");
    }

    @Test
    void theColourFollowsTheIdAndEveryColourMeetsAaContrastWithItsText() throws IOException {
        UUID id = UUID.fromString("7d444840-9dc0-11d1-b245-5ffdce74fad2");
        assertThat(avatars.colour(id)).isEqualTo(avatars.colour(UUID.fromString(id.toString())));
        assertThat(avatars.colour(id)).isBetween(0, Avatars.COLOURS - 1);

        String css;
        try (InputStream in = getClass().getResourceAsStream("/static/css/tandem.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < Avatars.COLOURS; i++) {
            var rule = Pattern.compile(
                            "\\.avatar-" + i + " \\{ background: (#\\p{XDigit}{6}); color: (#\\p{XDigit}{6}); }")
                    .matcher(css);
            assertThat(rule.find()).as(".avatar-" + i).isTrue();
            assertThat(contrast(rule.group(1), rule.group(2)))
                    .as(".avatar-" + i)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    private static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
