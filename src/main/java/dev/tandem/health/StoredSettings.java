package dev.tandem.health;

import dev.tandem.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's health settings at a version raised by every change (0 while they are the defaults), last changed by
 * {@code updatedBy} at {@code updatedAt}.
 */
public record StoredSettings(
        HealthSettings settings,
        long version,
        @Nullable UserId updatedBy,
        @Nullable Instant updatedAt) {

    static final StoredSettings DEFAULTS = new StoredSettings(HealthSettings.DEFAULTS, 0, null, null);
}
