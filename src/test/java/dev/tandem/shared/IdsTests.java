package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void idsAreVersion7AndSortByTimeAsUnsignedBytes() {
        UUID earlier = Ids.at(Instant.parse("2025-01-01T00:00:00Z"));
        UUID later = Ids.at(Instant.parse("2026-01-01T00:00:00Z"));
        UUID now = Ids.next();

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(now.version()).isEqualTo(7);
        // Databases compare UUIDs as unsigned bytes; the high 48 bits are the timestamp.
        assertThat(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits()))
                .isNegative();
        assertThat(Long.compareUnsigned(later.getMostSignificantBits(), now.getMostSignificantBits()))
                .isNegative();
        assertThat(earlier.getMostSignificantBits() >>> 16)
                .isEqualTo(Instant.parse("2025-01-01T00:00:00Z").toEpochMilli());
    }
}
