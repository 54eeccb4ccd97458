package dev.tandem.feedback;

import dev.tandem.shared.WorkspaceId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Stories as facts, for readers that work without a member's request (the health index). */
@Service
public class StoryFacts {

    private final StoryStore store;

    StoryFacts(StoryStore store) {
        this.store = store;
    }

    /** The stories told about a partnership on or after {@code from}, oldest first, INTERNAL and SHARED alike. */
    public List<StoryFact> told(WorkspaceId workspace, UUID partnershipId, LocalDate from) {
        return store
                .since(
                        workspace,
                        partnershipId,
                        from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .stream()
                .map(s -> new StoryFact(LocalDate.ofInstant(s.recordedAt(), ZoneOffset.UTC), s.side(), s.prompt()))
                .toList();
    }
}
