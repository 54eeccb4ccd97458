package dev.tandem.feedback.web;

import dev.tandem.feedback.PulseService;
import dev.tandem.feedback.RecipientKind;
import dev.tandem.feedback.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The form of a new round: its title, how many days its links work, and the people chosen ({@code Candidate.key}). */
class RoundForm {

    private String title = "";
    private @Nullable Integer days = Round.DEFAULT_DAYS;
    private List<String> people = new ArrayList<>();
    private List<UUID> partnership = new ArrayList<>();

    /** The people as picks; a value that is not a candidate's key is left out (and then refused as "nobody"). */
    PulseService.NewRound round() {
        List<PulseService.Pick> picks = new ArrayList<>();
        for (String key : people) {
            String[] parts = key.split(":");
            if (parts.length != 3) {
                continue;
            }
            try {
                picks.add(new PulseService.Pick(
                        UUID.fromString(parts[0]), RecipientKind.valueOf(parts[1]), UUID.fromString(parts[2])));
            } catch (IllegalArgumentException ignored) {
                // not a key of a candidate
            }
        }
        return new PulseService.NewRound(title, days, picks);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable Integer getDays() {
        return days;
    }

    public void setDays(@Nullable Integer days) {
        this.days = days;
    }

    public List<String> getPeople() {
        return people;
    }

    public void setPeople(List<String> people) {
        this.people = people;
    }

    public List<UUID> getPartnership() {
        return partnership;
    }

    public void setPartnership(List<UUID> partnership) {
        this.partnership = partnership;
    }
}
