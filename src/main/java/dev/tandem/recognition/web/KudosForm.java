package dev.tandem.recognition.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The form of kudos: to whom ({@code SIDE:personId}), for which milestone if any, and the message. */
class KudosForm {

    private String person = "";
    private @Nullable UUID milestoneId;
    private String message = "";

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public @Nullable UUID getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(@Nullable UUID milestoneId) {
        this.milestoneId = milestoneId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
