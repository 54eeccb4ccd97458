package dev.tandem.health;

/** The answer to "are we growing together?": yes when the score rose enough over the last 8 weeks. */
public record GrowingTogether(boolean growing) {}
