package dev.tandem.partnerships;

import org.jspecify.annotations.Nullable;

/**
 * A partnership as lists and pages show it: with the names of its owner and counterpart, and its
 * cadence status at the time it was read. A name is null when its record is gone.
 */
public record PartnershipView(
        Partnership partnership,
        @Nullable String ownerName,
        @Nullable String organizationName,
        @Nullable String contactName,
        CadenceStatus cadenceStatus) {}
