package dev.tandem.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint may subscribe to, by the name that goes in the envelope's {@code type}. */
public enum EventType {
    PARTNERSHIP_CREATED("partnership.created"),
    PARTNERSHIP_STAGE_CHANGED("partnership.stage_changed"),
    PARTNERSHIP_ENDED("partnership.ended"),
    MEETING_HELD("meeting.held"),
    COMMITMENT_CREATED("commitment.created"),
    COMMITMENT_DELIVERED("commitment.delivered"),
    COMMITMENT_SLIPPED("commitment.slipped"),
    SIGNAL_RAISED("signal.raised"),
    SIGNAL_CLEARED("signal.cleared"),
    POST_CREATED("post.created"),
    SURVEY_ANSWERED("survey.answered"),
    /** Sent by "send test event" to one endpoint, whatever it subscribed to. */
    TEST("webhook.test");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether an endpoint may subscribe to it (a test event is asked for, not subscribed to). */
    public boolean subscribable() {
        return this != TEST;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
