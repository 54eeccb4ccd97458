package dev.tandem.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The sample files under {@code src/test/resources/exchange/}. */
final class Files {

    private Files() {}

    static byte[] bytes(String name) {
        try (InputStream in = Objects.requireNonNull(Files.class.getResourceAsStream("/exchange/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
