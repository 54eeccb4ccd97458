package dev.tandem.contacts;

import java.util.UUID;

/** An organisation found by a search, as a picker shows it. */
public record OrganizationMatch(UUID id, String name) {}
