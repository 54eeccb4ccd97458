package dev.tandem.space;

import java.util.UUID;

/**
 * The file a resource post shares: its name as uploaded, the type read from its content, its size, and whether an
 * image thumbnail was made of it.
 */
public record Attachment(UUID id, String name, String mediaType, long size, boolean thumbnail) {

    public boolean image() {
        return thumbnail;
    }
}
