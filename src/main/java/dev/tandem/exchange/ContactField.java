package dev.tandem.exchange;

/** A field of a contact that a CSV column can fill. Several columns may fill {@code EMAIL} and {@code PHONE}. */
public enum ContactField {
    GIVEN_NAME,
    FAMILY_NAME,
    DISPLAY_NAME,
    EMAIL,
    PHONE,
    ORGANIZATION,
    TITLE,
    DEPARTMENT,
    LINKEDIN,
    X_HANDLE,
    WEBSITE,
    TAGS,
    LANGUAGE,
    TIME_ZONE,
    HOW_WE_MET,
    NOTES;

    boolean multiValued() {
        return this == EMAIL || this == PHONE || this == TAGS;
    }
}
