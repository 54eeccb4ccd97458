package dev.tandem.demo;

import java.util.Collection;

/**
 * What loading the demo creates, or created: how many organisations, contacts, partnerships, notes (on partnerships
 * and contacts), back-dated interactions for the timelines, meetings held, commitments of both sides and shared goals.
 */
public record DemoResult(
        int organizations,
        int contacts,
        int partnerships,
        int notes,
        int interactions,
        int meetings,
        int commitments,
        int goals) {

    /** The stories' counts, with the organisations and contacts written (fewer when some were already there). */
    static DemoResult planned(int organizations, int contacts) {
        var stories = DemoStories.ALL;
        int notes = DemoStories.CONTACT_NOTES.size()
                + stories.stream()
                        .mapToInt(
                                s -> s.internalNotes().size() + s.sharedNotes().size())
                        .sum();
        int interactions = stories.stream().mapToInt(s -> s.history().size()).sum();
        Collection<DemoRhythm.Rhythm> rhythms = DemoRhythm.BY_STORY.values();
        int meetings = rhythms.stream().mapToInt(r -> r.meetings().size()).sum();
        int commitments = rhythms.stream()
                .flatMap(r -> r.meetings().stream())
                .mapToInt(m -> m.actions().size())
                .sum();
        int goals = DemoGoals.BY_STORY.values().stream()
                .mapToInt(g -> g.shared().size())
                .sum();
        return new DemoResult(
                organizations, contacts, stories.size(), notes, interactions, meetings, commitments, goals);
    }
}
