package dev.tandem.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The CSV exports Tandem knows by their header row, and which contact field each known column
 * holds. Anything else with at least two known columns is {@code OTHER}.
 */
public enum CsvPreset {
    TANDEM,
    GOOGLE,
    OUTLOOK,
    LINKEDIN,
    OTHER;

    /** Tandem's own export columns, in order. */
    static final List<String> TANDEM_COLUMNS = List.of(
            "Display Name",
            "Given Name",
            "Family Name",
            "Emails",
            "Phones",
            "Organization",
            "Job Title",
            "Department",
            "LinkedIn",
            "X Handle",
            "Website",
            "Tags",
            "Language",
            "Time Zone",
            "How We Met",
            "Notes");

    private static final Map<String, ContactField> NAMES = Map.ofEntries(
            Map.entry("display name", ContactField.DISPLAY_NAME),
            Map.entry("name", ContactField.DISPLAY_NAME),
            Map.entry("full name", ContactField.DISPLAY_NAME),
            Map.entry("given name", ContactField.GIVEN_NAME),
            Map.entry("first name", ContactField.GIVEN_NAME),
            Map.entry("family name", ContactField.FAMILY_NAME),
            Map.entry("last name", ContactField.FAMILY_NAME),
            Map.entry("emails", ContactField.EMAIL),
            Map.entry("email", ContactField.EMAIL),
            Map.entry("email address", ContactField.EMAIL),
            Map.entry("e-mail address", ContactField.EMAIL),
            Map.entry("phones", ContactField.PHONE),
            Map.entry("phone", ContactField.PHONE),
            Map.entry("organization", ContactField.ORGANIZATION),
            Map.entry("organization name", ContactField.ORGANIZATION),
            Map.entry("company", ContactField.ORGANIZATION),
            Map.entry("job title", ContactField.TITLE),
            Map.entry("position", ContactField.TITLE),
            Map.entry("organization title", ContactField.TITLE),
            Map.entry("department", ContactField.DEPARTMENT),
            Map.entry("organization department", ContactField.DEPARTMENT),
            Map.entry("linkedin", ContactField.LINKEDIN),
            Map.entry("linkedin url", ContactField.LINKEDIN),
            Map.entry("x handle", ContactField.X_HANDLE),
            Map.entry("twitter", ContactField.X_HANDLE),
            Map.entry("website", ContactField.WEBSITE),
            Map.entry("web page", ContactField.WEBSITE),
            Map.entry("tags", ContactField.TAGS),
            Map.entry("labels", ContactField.TAGS),
            Map.entry("categories", ContactField.TAGS),
            Map.entry("group membership", ContactField.TAGS),
            Map.entry("language", ContactField.LANGUAGE),
            Map.entry("time zone", ContactField.TIME_ZONE),
            Map.entry("how we met", ContactField.HOW_WE_MET),
            Map.entry("notes", ContactField.NOTES));

    private static final Map<Pattern, ContactField> NUMBERED = Map.of(
            Pattern.compile("e-?mail( \\d+)? - value|e-?mail \\d+ address"),
            ContactField.EMAIL,
            Pattern.compile("phone \\d+ - value|(mobile|business|home|primary|other|car|company main) phone( \\d+)?"),
            ContactField.PHONE,
            Pattern.compile("organization \\d+ - name"),
            ContactField.ORGANIZATION,
            Pattern.compile("organization \\d+ - title"),
            ContactField.TITLE,
            Pattern.compile("organization \\d+ - department"),
            ContactField.DEPARTMENT,
            Pattern.compile("website \\d+ - value"),
            ContactField.WEBSITE);

    /** The field a column of this export holds, or null when Tandem has no use for it. */
    @Nullable
    ContactField fieldOf(String header) {
        String key = key(header);
        if (this == LINKEDIN && key.equals("url")) {
            return ContactField.LINKEDIN;
        }
        ContactField known = NAMES.get(key);
        if (known != null) {
            return known;
        }
        return NUMBERED.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(key).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The export a header row comes from, or null when too few of its columns are known to be contacts. */
    static @Nullable CsvPreset recognise(List<String> headers) {
        Set<String> keys = headers.stream().map(CsvPreset::key).collect(Collectors.toSet());
        CsvPreset preset = keys.contains("how we met") && keys.contains("x handle")
                ? TANDEM
                : keys.contains("connected on") && keys.contains("url")
                        ? LINKEDIN
                        : keys.contains("e-mail 1 - value") || keys.contains("given name")
                                ? GOOGLE
                                : keys.contains("e-mail address") && keys.contains("job title") ? OUTLOOK : OTHER;
        long known = headers.stream()
                .filter(header -> preset.fieldOf(header) != null)
                .count();
        return known >= 2 ? preset : null;
    }

    private static String key(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
