package dev.tandem.exchange;

import ezvcard.VCardVersion;
import java.util.Locale;
import java.util.Optional;

/** What an export writes: vCard 4.0, vCard 3.0 (for older address books) or CSV with Tandem's columns. */
public enum ExportFormat {
    VCARD("text/vcard", "vcf"),
    VCARD3("text/vcard", "vcf"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format named by a request parameter ({@code vcard}, {@code vcard3}, {@code csv}), if any. */
    public static Optional<ExportFormat> named(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return "contacts." + extension;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    VCardVersion vcardVersion() {
        return this == VCARD3 ? VCardVersion.V3_0 : VCardVersion.V4_0;
    }
}
