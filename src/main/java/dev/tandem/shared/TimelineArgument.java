package dev.tandem.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One value a timeline text is filled with. Typed, so that it is written in the reader's language when the text is
 * shown, not in the writer's when it happened: a {@link Day} as a date of that locale, a {@link Decimal} with its
 * separators. Names, titles and free text are {@link Text} and stay as they were written.
 */
public sealed interface TimelineArgument {

    /** The value as a reader of {@code locale} expects to see it. */
    String format(Locale locale);

    static TimelineArgument text(String value) {
        return new Text(value);
    }

    static TimelineArgument day(LocalDate value) {
        return new Day(value);
    }

    static TimelineArgument decimal(BigDecimal value) {
        return new Decimal(value);
    }

    /** A name, a title, a reason, an excerpt: shown as written. */
    record Text(String value) implements TimelineArgument {

        @Override
        public String format(Locale locale) {
            return value;
        }
    }

    /** A day, shown as that locale writes a date ({@code Dec 1, 2026}, {@code 1 dic 2026}). */
    record Day(LocalDate value) implements TimelineArgument {

        @Override
        public String format(Locale locale) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(value);
        }
    }

    /** A measured value, shown with that locale's separators and every digit it was given. */
    record Decimal(BigDecimal value) implements TimelineArgument {

        @Override
        public String format(Locale locale) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(Math.max(0, value.scale()));
            return format.format(value);
        }
    }
}
