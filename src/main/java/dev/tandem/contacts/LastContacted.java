package dev.tandem.contacts;

import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each contact's "last contacted" at its latest interaction, whichever module recorded it
 * (a meeting held, a shared note), in the transaction that published it.
 */
@Component
class LastContacted {

    private final Contacts contacts;

    LastContacted(Contacts contacts) {
        this.contacts = contacts;
    }

    @EventListener
    void on(TimelineEvent event) {
        if (!event.interaction()) {
            return;
        }
        event.subjects().stream()
                .filter(s -> s.kind() == TimelineSubject.Kind.CONTACT)
                .forEach(s -> contacts.contacted(event.workspaceId(), s.id(), event.occurredAt()));
    }
}
