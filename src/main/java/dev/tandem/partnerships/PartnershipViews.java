package dev.tandem.partnerships;

import dev.tandem.identity.WorkspaceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns partnerships into views with three name look-ups per page, not per row. */
@Component
class PartnershipViews {

    private final Names names;
    private final Clock clock;

    PartnershipViews(Names names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    List<PartnershipView> of(WorkspaceContext context, List<Partnership> partnerships) {
        if (partnerships.isEmpty()) {
            return List.of();
        }
        var members = names.members(
                context.workspaceId(),
                partnerships.stream().map(p -> p.details().ownerId()).toList());
        var organizations = names.organizations(
                context.workspaceId(),
                partnerships.stream().map(p -> p.details().organizationId()).toList());
        var contacts = names.contacts(
                context.workspaceId(),
                partnerships.stream().map(p -> p.details().contactId()).toList());
        Instant now = clock.instant();
        return partnerships.stream()
                .map(p -> new PartnershipView(
                        p,
                        members.get(p.details().ownerId().value()),
                        p.details().organizationId() == null
                                ? null
                                : organizations.get(p.details().organizationId()),
                        p.details().contactId() == null
                                ? null
                                : contacts.get(p.details().contactId()),
                        p.cadenceStatus(now)))
                .toList();
    }

    PartnershipView of(WorkspaceContext context, Partnership partnership) {
        return of(context, List.of(partnership)).get(0);
    }
}
