package dev.tandem.recognition;

import java.util.List;

/**
 * A partnership's recognition, newest first: its milestones with contributors and kudos, and the kudos given for a
 * contribution rather than a milestone.
 */
public record Recognition(List<MilestoneView> milestones, List<KudosView> otherKudos) {

    public Recognition {
        milestones = List.copyOf(milestones);
        otherKudos = List.copyOf(otherKudos);
    }

    public boolean isEmpty() {
        return milestones.isEmpty() && otherKudos.isEmpty();
    }
}
