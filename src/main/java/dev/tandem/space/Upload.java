package dev.tandem.space;

/** A file as it arrived: the name the sender gave it (kept for downloads, never trusted for its type) and its bytes. */
public record Upload(String name, byte[] content) {}
