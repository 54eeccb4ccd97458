package dev.tandem.feedback;

import dev.tandem.shared.WorkspaceId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Pulse ratings as facts, for readers that work without a member's request (the health index). */
@Service
public class FeedbackFacts {

    private final PulseStore store;

    FeedbackFacts(PulseStore store) {
        this.store = store;
    }

    /** A partnership's ratings given on or after {@code from}, oldest first. */
    public List<RatingFact> ratings(WorkspaceId workspace, UUID partnershipId, LocalDate from) {
        var answers = store.answersOf(
                workspace, partnershipId, from.atStartOfDay(ZoneOffset.UTC).toInstant());
        if (answers.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> opened = new HashMap<>();
        return answers.stream()
                .map(a -> new RatingFact(
                        a.roundId(),
                        opened.computeIfAbsent(
                                a.roundId(),
                                id -> store.round(workspace, id)
                                        .map(r -> LocalDate.ofInstant(r.openedAt(), ZoneOffset.UTC))
                                        .orElse(LocalDate.ofInstant(a.answeredAt(), ZoneOffset.UTC))),
                        LocalDate.ofInstant(a.answeredAt(), ZoneOffset.UTC),
                        a.satisfaction(),
                        a.answeredAt()))
                .toList();
    }
}
