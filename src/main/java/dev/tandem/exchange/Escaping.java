package dev.tandem.exchange;

import org.jspecify.annotations.Nullable;

/**
 * vCard text escaping for {@code X-} properties, whose values ez-vcard writes and reads verbatim:
 * backslash, comma, semicolon and line breaks would otherwise break the line or the value.
 */
final class Escaping {

    private Escaping() {}

    static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(",", "\\,")
                .replace(";", "\\;")
                .replace("\r\n", "\n")
                .replace("\n", "\\n");
    }

    static @Nullable String unescape(@Nullable String value) {
        if (value == null || value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
