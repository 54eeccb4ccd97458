package dev.tandem.health;

import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partnership's health as last computed, with what the portfolio shows of the partnership itself.
 * The portfolio's lines carry no factors (they show the top signal only); {@code HealthService.of} does.
 */
public record StoredHealth(
        UUID partnershipId,
        String name,
        PartnershipKind kind,
        Stage stage,
        UUID ownerId,
        @Nullable Integer score,
        int confidence,
        int risk,
        List<FactorScore> factors,
        List<Signal> signals,
        LocalDate asOf,
        Instant computedAt) {

    public StoredHealth {
        factors = List.copyOf(factors);
        signals = List.copyOf(signals);
    }

    public @Nullable Signal topSignal() {
        return signals.isEmpty() ? null : signals.get(0);
    }

    /** True until the first computation (a partnership that existed before the index, waiting for the job). */
    public boolean pending() {
        return asOf.equals(PENDING);
    }

    /** The date a row waiting for its first computation carries (the health migration writes it). */
    static final LocalDate PENDING = LocalDate.of(1970, 1, 1);

    public List<Factor> missing() {
        return FactorScore.missing(factors);
    }
}
