package dev.tandem.shared;

/** A member who did something, with the name they went by then: kept with what they leave on timelines. */
public record Actor(UserId id, String name) {}
