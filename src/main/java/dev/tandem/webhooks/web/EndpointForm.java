package dev.tandem.webhooks.web;

import dev.tandem.webhooks.Endpoint;
import dev.tandem.webhooks.EndpointInput;
import dev.tandem.webhooks.EventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The endpoint form: address, what for, event types (checkboxes), on or off, and the version edited. */
class EndpointForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = EndpointInput.MAX_URL, message = "{validation.size.max}")
    private String url = "";

    @Size(max = EndpointInput.MAX_DESCRIPTION, message = "{validation.size.max}")
    private @Nullable String description;

    @NotEmpty(message = "{webhooks.events.required}")
    private List<EventType> eventTypes = new ArrayList<>();

    private boolean active = true;
    private @Nullable Long version;

    static EndpointForm of(Endpoint e) {
        var form = new EndpointForm();
        form.url = e.url();
        form.description = e.description();
        form.eventTypes = new ArrayList<>(e.eventTypes());
        form.active = e.active();
        form.version = e.version();
        return form;
    }

    EndpointInput input() {
        return new EndpointInput(url, description, eventTypes, active);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url == null ? "" : url;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public List<EventType> getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(@Nullable List<EventType> eventTypes) {
        this.eventTypes = eventTypes == null ? new ArrayList<>() : eventTypes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
