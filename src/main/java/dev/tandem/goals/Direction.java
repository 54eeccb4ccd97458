package dev.tandem.goals;

/** Which way a key result's metric should move: UP (target above baseline) or DOWN (below). */
public enum Direction {
    UP,
    DOWN
}
