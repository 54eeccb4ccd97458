package dev.tandem.partnerships;

import dev.tandem.contacts.ContactsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When two contacts turn out to be one person, points this module's counterparts and participants to the one kept. */
@Component
class ContactMerges {

    private final Partnerships partnerships;
    private final Participants participants;

    ContactMerges(Partnerships partnerships, Participants participants) {
        this.partnerships = partnerships;
        this.participants = participants;
    }

    @EventListener
    void on(ContactsMerged merged) {
        partnerships.repointContact(merged.workspaceId(), merged.merged(), merged.kept());
        participants.repointContact(merged.workspaceId(), merged.merged(), merged.kept());
    }
}
