package dev.tandem.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** New ids are time-ordered UUIDs (RFC 9562 version 7), so they index well and sort by creation. */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static UUID next() {
        return GENERATOR.generate();
    }

    /**
     * A version 7 UUID for something that happened at {@code instant} rather than now, so that
     * records written after the fact (a back-dated entry) still sort by when they happened.
     */
    public static UUID at(Instant instant) {
        long millis = instant.toEpochMilli();
        long random = RANDOM.nextLong();
        long most = (millis << 16) | 0x7000L | (random & 0x0FFFL);
        long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
