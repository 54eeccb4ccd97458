package dev.tandem.partnerships;

/** Who may see a record: workspace members only, or also the partnership's guests. */
public enum Visibility {
    INTERNAL,
    SHARED
}
