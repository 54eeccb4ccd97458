package dev.tandem.recognition;

import java.util.List;

/** A milestone as shown: its contributors by name, the titles of what it advanced, and the kudos it drew. */
public record MilestoneView(
        Milestone milestone,
        List<Named> contributors,
        List<String> goals,
        List<String> keyResults,
        List<KudosView> kudos) {

    public MilestoneView {
        contributors = List.copyOf(contributors);
        goals = List.copyOf(goals);
        keyResults = List.copyOf(keyResults);
        kudos = List.copyOf(kudos);
    }

    public boolean celebrated() {
        return !kudos.isEmpty();
    }
}
