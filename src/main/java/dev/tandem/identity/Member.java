package dev.tandem.identity;

import dev.tandem.shared.UserId;
import java.time.Instant;

/** A user as a member of one workspace. */
public record Member(UserId userId, String email, String displayName, Role role, Instant joinedAt) implements java.io.Serializable {
}
