package dev.tandem.recognition;

/** A contributor with their name ("" when no longer known). */
public record Named(Contributor who, String name) {}
