package dev.tandem.recognition;

import dev.tandem.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Milestones as facts, for readers that work without a member's request (the health index). Scoped by workspace. */
@Service
public class RecognitionFacts {

    private final Milestones milestones;
    private final Thanks thanks;
    private final People people;

    RecognitionFacts(Milestones milestones, Thanks thanks, People people) {
        this.milestones = milestones;
        this.thanks = thanks;
        this.people = people;
    }

    /** A partnership's milestones reached on or after {@code from}, latest first, each with its first kudos day. */
    public List<MilestoneFact> milestones(WorkspaceId workspace, UUID partnershipId, LocalDate from) {
        var reached = milestones.of(workspace, partnershipId, from);
        if (reached.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> firstKudos = new HashMap<>();
        for (Kudos k : thanks.of(workspace, partnershipId)) {
            if (k.milestoneId() != null) {
                firstKudos.merge(k.milestoneId(), k.givenOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        var names = people.names(
                workspace,
                reached.stream()
                        .flatMap(m -> m.details().contributors().stream())
                        .toList());
        return reached.stream()
                .map(m -> new MilestoneFact(
                        m.title(),
                        m.details().reachedOn(),
                        m.details().contributors().stream()
                                .map(names::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        firstKudos.get(m.id())))
                .toList();
    }
}
