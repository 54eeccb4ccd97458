package dev.tandem.feedback.web;

import dev.tandem.feedback.Retro;
import dev.tandem.feedback.Round;
import org.jspecify.annotations.Nullable;

/**
 * The form that starts a retrospective. Numbers are read as text so that a stray letter is refused next to its field
 * (as out of range) rather than failing the whole form.
 */
class RetroForm {

    private String title = "";
    private String threshold = String.valueOf(Retro.MIN_THRESHOLD);
    private String links = String.valueOf(Retro.DEFAULT_LINKS);
    private String days = String.valueOf(Round.DEFAULT_DAYS);
    private String language = "";
    private String wentWellQuestion = "";
    private String toImproveQuestion = "";

    Retro.Setup setup() {
        return new Retro.Setup(
                title, number(threshold), number(links), number(days), language, wentWellQuestion, toImproveQuestion);
    }

    private static @Nullable Integer number(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(@Nullable String threshold) {
        this.threshold = threshold == null ? "" : threshold;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(@Nullable String links) {
        this.links = links == null ? "" : links;
    }

    public String getDays() {
        return days;
    }

    public void setDays(@Nullable String days) {
        this.days = days == null ? "" : days;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? "" : language;
    }

    public String getWentWellQuestion() {
        return wentWellQuestion;
    }

    public void setWentWellQuestion(@Nullable String wentWellQuestion) {
        this.wentWellQuestion = wentWellQuestion == null ? "" : wentWellQuestion;
    }

    public String getToImproveQuestion() {
        return toImproveQuestion;
    }

    public void setToImproveQuestion(@Nullable String toImproveQuestion) {
        this.toImproveQuestion = toImproveQuestion == null ? "" : toImproveQuestion;
    }
}
