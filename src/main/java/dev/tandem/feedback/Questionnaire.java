package dev.tandem.feedback;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a pulse link opens: whom it asks about which partnership, in which language, and the open questions (null:
 * the default text of that language).
 */
public record Questionnaire(
        UUID roundId,
        String name,
        String partnershipName,
        Locale locale,
        @Nullable String openQuestion1,
        @Nullable String openQuestion2,
        Instant expiresAt) {}
