package dev.tandem.goals.web;

import dev.tandem.goals.GoalDetails;
import dev.tandem.goals.GoalStatus;
import dev.tandem.shared.Dates;
import dev.tandem.shared.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The form of a shared goal, new or edited; the due date is typed as text so that a bad one is shown next to its field. */
class GoalForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = GoalDetails.TITLE_LENGTH, message = "{validation.size.max}")
    private String title = "";

    @Size(max = GoalDetails.TEXT_LENGTH, message = "{validation.size.max}")
    private String description = "";

    @Size(max = GoalDetails.TEXT_LENGTH, message = "{validation.size.max}")
    private String why = "";

    private @Nullable UUID ourOwnerId;
    private @Nullable UUID theirOwnerId;

    @NotBlank(message = "{validation.required}")
    private String dueOn = "";

    private List<UUID> serves = new ArrayList<>();
    private GoalStatus status = GoalStatus.ACTIVE;
    /** The version the edit form was opened on (hidden); null on a new goal. */
    private @Nullable Long version;

    /** The form filled in with what a goal says now. */
    static GoalForm of(GoalDetails details, long version) {
        var form = new GoalForm();
        form.version = version;
        form.title = details.title();
        form.description = details.description() == null ? "" : details.description();
        form.why = details.why() == null ? "" : details.why();
        form.ourOwnerId = details.ourOwner() == null ? null : details.ourOwner().value();
        form.theirOwnerId = details.theirOwner();
        form.dueOn = details.dueOn().toString();
        form.serves = new ArrayList<>(details.serves());
        form.status = details.status();
        return form;
    }

    /** The details, or null after rejecting an unreadable due date. */
    @Nullable
    GoalDetails details(BindingResult binding) {
        LocalDate due;
        try {
            due = LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            if (!binding.hasFieldErrors("dueOn")) {
                binding.rejectValue("dueOn", "goals.form.dueOnInvalid");
            }
            return null;
        }
        if (!Dates.allowed(due)) {
            binding.rejectValue(
                    "dueOn", "validation.date.range", new Object[] {Dates.FIRST_YEAR, Dates.LAST_YEAR}, null);
            return null;
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new GoalDetails(
                title,
                description,
                why,
                ourOwnerId == null ? null : UserId.of(ourOwnerId),
                theirOwnerId,
                due,
                status,
                serves);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public @Nullable UUID getOurOwnerId() {
        return ourOwnerId;
    }

    public void setOurOwnerId(@Nullable UUID ourOwnerId) {
        this.ourOwnerId = ourOwnerId;
    }

    public @Nullable UUID getTheirOwnerId() {
        return theirOwnerId;
    }

    public void setTheirOwnerId(@Nullable UUID theirOwnerId) {
        this.theirOwnerId = theirOwnerId;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }

    public List<UUID> getServes() {
        return serves;
    }

    public void setServes(List<UUID> serves) {
        this.serves = serves;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public void setStatus(GoalStatus status) {
        this.status = status;
    }
}
