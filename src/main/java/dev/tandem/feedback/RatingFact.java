package dev.tandem.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One pulse rating (1–5) of a partnership, with the round it answered and when that round went out. */
public record RatingFact(UUID roundId, LocalDate roundOpenedOn, LocalDate answeredOn, int satisfaction, Instant at) {}
