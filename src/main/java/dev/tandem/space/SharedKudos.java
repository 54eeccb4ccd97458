package dev.tandem.space;

import dev.tandem.partnerships.Visibility;
import dev.tandem.recognition.KudosGiven;
import dev.tandem.shared.Ids;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts SHARED kudos in the partnership's shared space, as a post of kind {@link PostKind#KUDOS} by whoever gave them
 * and from their side, so both sides see them in the feed (and live); the person thanked is kept as the post's title.
 * Written in the kudos' own transaction: both are there, or neither. Internal kudos stay out.
 */
@Component
class SharedKudos {

    private final Posts posts;
    private final Sequences sequences;
    private final DatabaseSignals signals;

    SharedKudos(Posts posts, Sequences sequences, DatabaseSignals signals) {
        this.posts = posts;
        this.sequences = sequences;
        this.signals = signals;
    }

    @EventListener
    void on(KudosGiven kudos) {
        if (kudos.visibility() != Visibility.SHARED) {
            return;
        }
        long seq = sequences.next(kudos.workspaceId());
        var post = new Post(
                Ids.next(),
                kudos.partnershipId(),
                null,
                PostKind.KUDOS,
                kudos.message(),
                null,
                kudos.to(),
                null,
                Visibility.SHARED,
                kudos.actor().id(),
                kudos.actor().name(),
                kudos.from(),
                null,
                kudos.occurredAt().truncatedTo(ChronoUnit.MICROS),
                seq,
                seq,
                0,
                null,
                null);
        posts.insert(kudos.workspaceId(), post);
        signals.written(kudos.workspaceId());
    }
}
