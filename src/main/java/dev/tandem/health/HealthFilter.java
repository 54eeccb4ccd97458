package dev.tandem.health;

import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.Stage;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Narrows the portfolio: by kind, stage and owner (each optional). */
public record HealthFilter(
        @Nullable PartnershipKind kind,
        @Nullable Stage stage,
        @Nullable UUID ownerId) {

    public static final HealthFilter NONE = new HealthFilter(null, null, null);
}
