package dev.tandem.partnerships;

import org.jspecify.annotations.Nullable;

/** A participant with their name: the member's display name, or the contact's (null when it is gone). */
public record ParticipantView(
        Participant participant, @Nullable String name) {}
