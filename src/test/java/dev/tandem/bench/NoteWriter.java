package dev.tandem.bench;

import dev.tandem.bench.Rows.Table;
import dev.tandem.shared.Ids;
import dev.tandem.shared.TimelineSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Fourteen to twenty-six notes over a partnership's active life; a shared one is an interaction. */
final class NoteWriter {

    private static final int EXCERPT = 140;

    private NoteWriter() {}

    /** Writes the notes; answers when the last shared one was written, if any. */
    static @Nullable Instant write(Story s, Plan plan) {
        List<Instant> times = new ArrayList<>();
        for (int i = s.between(14, 26); i > 0; i--) {
            times.add(s.between(plan.createdAt().plusSeconds(3600), plan.activeUntil()));
        }
        times.sort(Comparator.naturalOrder());
        Instant lastShared = null;
        for (Instant at : times) {
            boolean shared = s.chance(0.3);
            String body = s.pick(Pools.NOTES);
            String visibility = shared ? "SHARED" : "INTERNAL";
            Member author = plan.someoneOfOurs(s);
            s.rows().add(Table.NOTES, Ids.at(at), plan.id(), body, visibility, author.id(), at);
            String excerpt = body.length() <= EXCERPT ? body : body.substring(0, EXCERPT - 1) + "…";
            s.rows()
                    .timeline(
                            at,
                            author,
                            "partnership.noteAdded." + visibility,
                            List.of(excerpt),
                            shared,
                            List.of(TimelineSubject.partnership(plan.id())));
            if (shared) {
                lastShared = at;
            }
        }
        return lastShared;
    }
}
