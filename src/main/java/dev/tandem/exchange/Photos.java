package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import dev.tandem.contacts.ContactService;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a file's photo is kept: it must be an image Tandem keeps (JPEG, PNG, GIF, WebP, told
 * by its first bytes, not by the file's label) within the size limit. A photo that is not is dropped
 * with a warning, and the contact imported without it.
 */
final class Photos {

    /** The draft to import and, when its photo was dropped, the warning's message key. */
    record Checked(ContactDraft draft, @Nullable String warning) {}

    private Photos() {}

    static Checked check(ContactDraft draft) {
        ContactDraft.Photo photo = draft.photo();
        if (photo == null) {
            return new Checked(draft, null);
        }
        if (photo.data().length > ContactService.MAX_PHOTO_BYTES) {
            return new Checked(draft.withPhoto(null), "exchange.warning.photoTooLarge");
        }
        String type = mediaType(photo.data());
        if (type == null) {
            return new Checked(draft.withPhoto(null), "exchange.warning.photoUnreadable");
        }
        return new Checked(draft.withPhoto(new ContactDraft.Photo(photo.data(), type)), null);
    }

    /** The image type the bytes start as, or null when they are none of those kept. */
    static @Nullable String mediaType(byte[] data) {
        if (starts(data, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(data, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(data, 0, 'R', 'I', 'F', 'F') && starts(data, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
