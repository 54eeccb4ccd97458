package dev.tandem.identity;

import dev.tandem.shared.UserId;
import java.io.Serializable;
import java.time.Instant;

/** A user as a member of one workspace; {@code version} is raised by every change of role. */
public record Member(UserId userId, String email, String displayName, Role role, Instant joinedAt, long version)
        implements Serializable {}
