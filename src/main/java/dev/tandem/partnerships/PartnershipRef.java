package dev.tandem.partnerships;

import dev.tandem.shared.UserId;
import java.util.UUID;

/** A partnership as another module names it: its name and who owns it. */
public record PartnershipRef(UUID id, String name, UserId ownerId) {}
