package dev.tandem.endings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone a mentee could be introduced to: a contact of the workspace or a member, with the team or interests that
 * make them a good next step ({@code detail}: their department, or the tags they share).
 */
public record Introduction(
        Kind kind, UUID personId, String name, @Nullable String detail) {

    public enum Kind {
        CONTACT,
        MEMBER
    }
}
