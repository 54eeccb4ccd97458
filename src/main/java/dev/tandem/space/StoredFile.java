package dev.tandem.space;

/** A file of the shared space as it is sent back: its name, the type read from its content, and its bytes. */
public record StoredFile(String name, String mediaType, byte[] content) {}
