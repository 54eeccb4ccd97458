package dev.tandem.demo;

/**
 * What loading the demo creates, or created: how many organisations, contacts, partnerships,
 * notes (on partnerships and contacts) and back-dated interactions for the timelines.
 */
public record DemoResult(int organizations, int contacts, int partnerships, int notes, int interactions) {
}
