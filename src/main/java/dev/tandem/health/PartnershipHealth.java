package dev.tandem.health;

import dev.tandem.partnerships.Stage;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partnership's health page: the stored result (null once it has ended), the weekly trend, the growing-together
 * answer (null without a score) and the settings it was judged with.
 */
public record PartnershipHealth(
        UUID partnershipId,
        String name,
        Stage stage,
        @Nullable StoredHealth health,
        List<WeekScore> trend,
        @Nullable GrowingTogether growingTogether,
        HealthSettings settings) {

    public PartnershipHealth {
        trend = List.copyOf(trend);
    }
}
