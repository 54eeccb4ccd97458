package dev.tandem.feedback;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One anonymous answer: no respondent, no link, no time but the Monday of its week, and a random id.
 *
 * @param growing "are we growing together?" from 1 to 5
 */
public record RetroAnswer(
        UUID id,
        UUID retroId,
        LocalDate week,
        @Nullable Integer growing,
        @Nullable String wentWell,
        @Nullable String toImprove) {}
