package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's character checks pass exactly what Spring Security's regular expressions pass. */
class FirewallTests {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointAloneIsJudgedAsBefore() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = "a" + Character.toString(c) + "b";
            assertThat(Firewall.NAMES.test(text))
                    .as("U+%04X in a name", c)
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(Firewall.VALUES.test(text))
                    .as("U+%04X in a value", c)
                    .isEqualTo(VALUES.matcher(text).matches());
        }
    }

    @Test
    void stringsOfMixedCharactersAreJudgedAsBefore() {
        var random = new Random(25);
        char[] pool = {
            'a', 'Z', ' ', '\t', '\n', '\r', '\u0000', '\u007f', '\u0085', '\u00e9', '\u2028', '\u0378', '\ud83d',
            '\ude00', '\udfff', '\uffff', '|', '\u200b'
        };
        for (int i = 0; i < 50_000; i++) {
            var text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            String s = text.toString();
            assertThat(Firewall.NAMES.test(s))
                    .as("name %s", s.chars().boxed().toList())
                    .isEqualTo(NAMES.matcher(s).matches());
            assertThat(Firewall.VALUES.test(s))
                    .as("value %s", s.chars().boxed().toList())
                    .isEqualTo(VALUES.matcher(s).matches());
        }
        assertThat(Firewall.VALUES.test("")).isTrue();
    }
}
