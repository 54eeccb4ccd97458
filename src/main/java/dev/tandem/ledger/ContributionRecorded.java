package dev.tandem.ledger;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A side's contribution to a partnership was recorded: on the partnership's timeline, and on that of the contact who
 * made it when it was someone on their side.
 *
 * @param contact the contact who contributed, on their side
 */
public record ContributionRecorded(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID entryId,
        LedgerSide side,
        EntryKind kind,
        String description,
        BigDecimal amount,
        @Nullable String currency,
        @Nullable UUID contact,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        List<TimelineSubject> subjects = new ArrayList<>(List.of(TimelineSubject.partnership(partnershipId)));
        if (contact != null) {
            subjects.add(TimelineSubject.contact(contact));
        }
        return subjects;
    }

    @Override
    public String messageKey() {
        String measure = kind == EntryKind.TIME ? "TIME" : kind == EntryKind.MONEY ? "MONEY" : "ITEMS";
        return "timeline.ledger.contributed." + side.name() + "." + measure;
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(
                TimelineArgument.text(description),
                TimelineArgument.decimal(amount.stripTrailingZeros()),
                TimelineArgument.text(currency == null ? "" : currency));
    }
}
