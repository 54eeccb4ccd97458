package dev.tandem.exchange;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Guards exported CSV cells against formula injection: a spreadsheet runs a cell that starts with
 * {@code = + - @}, so such a cell is written behind an apostrophe, and read back without it. Phone
 * numbers like {@code +39 06 1234} stay as they are: they are data, not formulas.
 */
final class SpreadsheetSafe {

    private static final Pattern PHONE_LIKE = Pattern.compile("[+-]?[0-9 ().\\-/]*");

    private SpreadsheetSafe() {}

    static @Nullable String cell(@Nullable String value) {
        if (value == null
                || value.isEmpty()
                || !risky(value.charAt(0))
                || PHONE_LIKE.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    static String uncell(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && risky(value.charAt(1)) ? value.substring(1) : value;
    }

    private static boolean risky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
