package dev.tandem.feedback.web;

import dev.tandem.feedback.Story;
import dev.tandem.feedback.StoryService.Telling;
import org.jspecify.annotations.Nullable;

/** A story as its form gives it, and the version an edit was read at. */
class StoryForm {

    private @Nullable String prompt;
    private @Nullable String body;
    private @Nullable String visibility;
    private long version;

    static StoryForm of(Story story) {
        var form = new StoryForm();
        form.prompt = story.prompt() == null ? "" : story.prompt().name();
        form.body = story.body();
        form.visibility = story.visibility().name();
        form.version = story.version();
        return form;
    }

    Telling telling() {
        return new Telling(prompt, body, visibility);
    }

    public @Nullable String getPrompt() {
        return prompt;
    }

    public void setPrompt(@Nullable String prompt) {
        this.prompt = prompt;
    }

    public @Nullable String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }

    public @Nullable String getVisibility() {
        return visibility;
    }

    public void setVisibility(@Nullable String visibility) {
        this.visibility = visibility;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
