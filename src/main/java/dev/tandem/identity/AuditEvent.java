package dev.tandem.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a workspace's audit log: who did what to whom, when and from where. */
public record AuditEvent(
        UUID id,
        Instant occurredAt,
        @Nullable String actor,
        AuditAction action,
        @Nullable String target,
        @Nullable String address) {}
