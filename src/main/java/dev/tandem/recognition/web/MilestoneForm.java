package dev.tandem.recognition.web;

import dev.tandem.partnerships.Side;
import dev.tandem.recognition.Contributor;
import dev.tandem.recognition.MilestoneDetails;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Forms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The form of a milestone; contributors are chosen as {@code SIDE:personId}. */
class MilestoneForm {

    private String title = "";
    private String reachedOn = "";
    private String achieved = "";
    private List<String> contributors = new ArrayList<>();
    private List<UUID> goalIds = new ArrayList<>();

    static MilestoneForm on(LocalDate today) {
        var form = new MilestoneForm();
        form.reachedOn = today.toString();
        return form;
    }

    @Nullable
    MilestoneDetails details(BindingResult binding) {
        LocalDate on = null;
        try {
            on = LocalDate.parse(reachedOn.strip());
        } catch (DateTimeParseException e) {
            binding.rejectValue("reachedOn", "recognition.form.date");
        }
        List<Contributor> people = new ArrayList<>();
        for (String c : contributors) {
            var person = person(c);
            if (person == null) {
                binding.rejectValue("contributors", "recognition.person.notParticipant");
                return null;
            }
            people.add(person);
        }
        if (on == null || binding.hasErrors()) {
            return null;
        }
        try {
            return new MilestoneDetails(title, on, achieved, people, goalIds, List.of());
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
            return null;
        }
    }

    /** {@code OURS:<uuid>} or {@code THEIRS:<uuid>} as a contributor; null when it is neither. */
    static @Nullable Contributor person(String value) {
        int colon = value.indexOf(':');
        try {
            return new Contributor(
                    Side.valueOf(value.substring(0, Math.max(colon, 0))), UUID.fromString(value.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReachedOn() {
        return reachedOn;
    }

    public void setReachedOn(String reachedOn) {
        this.reachedOn = reachedOn;
    }

    public String getAchieved() {
        return achieved;
    }

    public void setAchieved(String achieved) {
        this.achieved = achieved;
    }

    public List<String> getContributors() {
        return contributors;
    }

    public void setContributors(List<String> contributors) {
        this.contributors = contributors;
    }

    public List<UUID> getGoalIds() {
        return goalIds;
    }

    public void setGoalIds(List<UUID> goalIds) {
        this.goalIds = goalIds;
    }
}
