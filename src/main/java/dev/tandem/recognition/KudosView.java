package dev.tandem.recognition;

/** Kudos as shown: to whom and from whom, by name. */
public record KudosView(Kudos kudos, String toName, String fromName) {}
