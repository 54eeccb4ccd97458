package dev.tandem.goals;

import org.jspecify.annotations.Nullable;

/** A key result with its latest measurement (null before the first) and its progress. */
public record KeyResultView(KeyResult keyResult, @Nullable Measurement latest, Progress progress) {}
