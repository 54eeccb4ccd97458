package dev.tandem.exchange;

import java.util.Locale;
import java.util.Optional;

/** How an uploaded file is read: vCard, CSV (any known export), or LinkedIn's Connections.csv. */
public enum FileFormat {
    VCARD,
    CSV,
    LINKEDIN;

    /** The format named by a request parameter ({@code vcard}, {@code csv}, {@code linkedin}), if any. */
    public static Optional<FileFormat> named(String name) {
        for (FileFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
