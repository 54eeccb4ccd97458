package dev.tandem.feedback.web;

import org.jspecify.annotations.Nullable;

/** The open questions of the workspace's pulse template, and the version the form was read at. */
class TemplateForm {

    private @Nullable String openQuestion1;
    private @Nullable String openQuestion2;
    private long version;

    public @Nullable String getOpenQuestion1() {
        return openQuestion1;
    }

    public void setOpenQuestion1(@Nullable String openQuestion1) {
        this.openQuestion1 = openQuestion1;
    }

    public @Nullable String getOpenQuestion2() {
        return openQuestion2;
    }

    public void setOpenQuestion2(@Nullable String openQuestion2) {
        this.openQuestion2 = openQuestion2;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
