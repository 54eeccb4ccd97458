package dev.tandem.partnerships;

import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps "last contacted" of each partnership from the interactions any module reports (a shared note
 * here; meetings later), in the transaction that reported them. An older interaction than the latest
 * known one changes nothing, so events may arrive out of order.
 */
@Component
class InteractionTracker {

    private final Partnerships partnerships;

    InteractionTracker(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @EventListener(condition = "#event.interaction()")
    void on(TimelineEvent event) {
        for (TimelineSubject subject : event.subjects()) {
            if (subject.kind() != TimelineSubject.Kind.PARTNERSHIP) {
                continue;
            }
            partnerships.find(event.workspaceId(), subject.id()).ifPresent(before -> {
                Partnership after = before.contactedAt(event.occurredAt());
                if (after != before) {
                    partnerships.contacted(after);
                }
            });
        }
    }
}
