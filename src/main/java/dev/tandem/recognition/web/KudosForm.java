package dev.tandem.recognition.web;

import dev.tandem.partnerships.Visibility;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The form of kudos: to whom ({@code SIDE:personId}), for which milestone if any, the message, and whether it is shared
 * with the partner (in the shared space).
 */
class KudosForm {

    private String person = "";
    private @Nullable UUID milestoneId;
    private String message = "";
    private boolean shared;

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

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }

    Visibility visibility() {
        return shared ? Visibility.SHARED : Visibility.INTERNAL;
    }
}
