package dev.tandem.bench;

import java.util.UUID;

/** A member of the generated workspace: who owns partnerships and acts on their timelines. */
record Member(UUID id, String name) {}
