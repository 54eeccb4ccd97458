package dev.tandem.identity;

import dev.tandem.shared.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B style: long enough, not known to be common, and no composition rules. The upper
 * bound is bcrypt's: it only reads the first 72 bytes.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    void check(String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInput("password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInput("password.tooLong", MAX_BYTES);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("password.common");
        }
    }

    private static Set<String> load() {
        var resource = PasswordPolicy.class.getResourceAsStream("common-passwords.txt.gz");
        if (resource == null) {
            throw new IllegalStateException("common-passwords.txt.gz is missing from the classpath");
        }
        Set<String> words = new HashSet<>(65_536);
        try (var reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
