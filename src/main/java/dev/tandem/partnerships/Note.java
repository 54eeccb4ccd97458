package dev.tandem.partnerships;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** A note on a partnership: internal to the workspace, or shared with the partnership's guests. */
public record Note(
        UUID id, UUID partnershipId, String body, Visibility visibility, UserId authorId, Instant createdAt) {

    public static final int BODY_LENGTH = 4000;
}
