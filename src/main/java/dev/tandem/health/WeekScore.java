package dev.tandem.health;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A weekly snapshot: the score as it stood at the end of the week starting on {@code week} (a Monday). */
public record WeekScore(LocalDate week, @Nullable Integer score) {}
