package dev.tandem.feedback;

/** What a story answers, when the teller chose a prompt (its text is {@code feedback.story.prompt.<name>}). */
public enum StoryPrompt {
    /** "A moment we were proud of" */
    PROUD,
    /** "What changed for you" */
    CHANGED,
    /** "Are we growing together?" */
    GROWING
}
