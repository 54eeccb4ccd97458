package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** One date style per language, relative days where they read better, evidence dates never in ISO form. */
@TandemTest
class DateFormatsTests {

    @Autowired
    Formats fmt;

    @Autowired
    Clock clock;

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    /**
     * A page that formats a date by a pattern of its own ("d MMM yyyy") shows a second style beside the one of
     * {@code @fmt}; only the public answer pages, written in the respondent's language, spell a date out in full.
     */
    @Test
    void pagesTakeTheirDatesFromOnePlace() throws IOException {
        Pattern ownPattern = Pattern.compile("#temporals\\.format\\([^']*'[^']*(MMM|yyyy|dd)[^']*'\\s*\\)");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "resources", "templates"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".html"))
                    .flatMap(f -> {
                        try {
                            return Files.readAllLines(f).stream()
                                    .filter(line -> ownPattern.matcher(line).find())
                                    .map(line -> f.getFileName() + ": " + line.strip());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(offenders)
                    .as("dates formatted by a pattern of the page's own")
                    .isEmpty();
        }
    }

    @Test
    void daysReadInTheReadersLanguage() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Rome"));
        read(Locale.ENGLISH);
        assertThat(fmt.day(LocalDate.of(2026, 12, 7))).isEqualTo("Dec 7, 2026");
        assertThat(fmt.relative(today)).isEqualTo("today");
        assertThat(fmt.relative(today.plusDays(1))).isEqualTo("tomorrow");
        assertThat(fmt.relative(today.plusDays(3))).isEqualTo("in 3 days");
        assertThat(fmt.relative(today.minusDays(15))).isEqualTo("2 weeks ago");
        assertThat(fmt.zone()).isEqualTo("Europe/Rome");
        assertThat(fmt.message("health.evidence.cadence", List.of("1", "2026-12-06", "14")))
                .isEqualTo("Last contact 1 day ago (on Dec 6, 2026); the agreed cadence is every 14 days.");

        read(Locale.ITALIAN);
        assertThat(fmt.day(LocalDate.of(2026, 12, 7))).isEqualTo("7 dic 2026");
        assertThat(fmt.relative(today.plusDays(3))).isEqualTo("tra 3 giorni");
        assertThat(fmt.relative(today.minusDays(1))).isEqualTo("ieri");
        assertThat(fmt.dayMonth(LocalDate.of(2026, 11, 16))).isEqualTo("16 nov");

        read(Locale.forLanguageTag("es"));
        assertThat(fmt.relative(today.minusDays(2))).isEqualTo("hace 2 días");
        assertThat(fmt.message("health.evidence.partnerDisengaging", List.of("2", "4", "2026-12-03, 2026-11-05")))
                .isEqualTo("La otra parte faltó a 2 de las últimas 4 reuniones (el 3 dic 2026; 5 nov 2026).");
    }

    private static void read(Locale language) {
        LocaleContextHolder.setLocale(language);
        LocaleContextHolder.setTimeZone(TimeZone.getTimeZone("Europe/Rome"));
    }
}
