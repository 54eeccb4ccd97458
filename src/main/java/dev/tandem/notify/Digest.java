package dev.tandem.notify;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member's weekly digest, written in their language: sections of lines, each with where to look (an absolute
 * address), and the links at the foot. The HTML and the plain-text parts are both made from it.
 */
record Digest(
        String subject,
        String heading,
        String intro,
        List<Section> sections,
        String openLabel,
        String preferencesLabel,
        String preferencesUrl,
        String unsubscribeLabel,
        String unsubscribeUrl,
        String footer,
        String lang) {

    record Section(String title, List<Line> lines) {}

    record Line(String text, @Nullable String detail, String url) {}

    boolean isEmpty() {
        return sections.isEmpty();
    }

    /** The plain-text part: the same content, links written out. */
    String text() {
        var out = new StringBuilder(heading).append("\n\n").append(intro).append("\n");
        for (var section : sections) {
            out.append("\n")
                    .append(section.title())
                    .append("\n")
                    .append("-".repeat(section.title().length()))
                    .append("\n");
            for (var line : section.lines()) {
                out.append("* ").append(line.text()).append("\n");
                if (line.detail() != null) {
                    out.append("  ").append(line.detail()).append("\n");
                }
                out.append("  ").append(line.url()).append("\n");
            }
        }
        out.append("\n--\n")
                .append(footer)
                .append("\n")
                .append(preferencesLabel)
                .append(": ")
                .append(preferencesUrl)
                .append("\n")
                .append(unsubscribeLabel)
                .append(": ")
                .append(unsubscribeUrl)
                .append("\n");
        return out.toString();
    }
}
