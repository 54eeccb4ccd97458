package dev.tandem.feedback;

/** How a story came in: written by a member, by a guest in the partner view, or through a pulse link. */
public enum StorySource {
    MEMBER,
    GUEST,
    LINK
}
