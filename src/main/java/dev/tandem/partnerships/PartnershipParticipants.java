package dev.tandem.partnerships;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who takes part in a partnership: members on our side, contacts on theirs, each with a role. */
@Service
public class PartnershipParticipants {

    private final PartnershipService partnerships;
    private final Participants participants;
    private final References references;
    private final Names names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnershipParticipants(
            PartnershipService partnerships,
            Participants participants,
            References references,
            Names names,
            ApplicationEventPublisher events,
            Clock clock) {
        this.partnerships = partnerships;
        this.participants = participants;
        this.references = references;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    public List<ParticipantView> list(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        return views(context, participants.of(context.workspaceId(), partnershipId));
    }

    /**
     * The participants of a partnership the caller reached through a record of the workspace that belongs to it
     * (a meeting, a commitment), with their names: {@link #list} without looking up the partnership again. Scoped
     * by the workspace all the same: another workspace's partnership has none.
     */
    public List<ParticipantView> ofKnown(WorkspaceContext context, UUID partnershipId) {
        return views(context, participants.of(context.workspaceId(), partnershipId));
    }

    /** {@link #ofKnown(WorkspaceContext, UUID)} of several partnerships at once, in a fixed number of queries. */
    public Map<UUID, List<ParticipantView>> ofKnown(WorkspaceContext context, Collection<UUID> partnershipIds) {
        return views(context, participants.ofPartnerships(context.workspaceId(), partnershipIds)).stream()
                .collect(Collectors.groupingBy(v -> v.participant().partnershipId(), Collectors.toList()));
    }

    private List<ParticipantView> views(WorkspaceContext context, List<Participant> rows) {
        var members = names.members(
                context.workspaceId(),
                rows.stream()
                        .filter(p -> p.side() == Side.OURS)
                        .map(p -> UserId.of(p.personId()))
                        .toList());
        var contacts = names.contacts(
                context.workspaceId(),
                rows.stream()
                        .filter(p -> p.side() == Side.THEIRS)
                        .map(Participant::personId)
                        .toList());
        return rows.stream()
                .map(p -> new ParticipantView(p, (p.side() == Side.OURS ? members : contacts).get(p.personId())))
                .toList();
    }

    /**
     * The participants with these ids across the workspace's partnerships, with their names, in a fixed
     * number of queries; ids not in the workspace are left out.
     */
    public Map<UUID, ParticipantView> withIds(WorkspaceContext context, Collection<UUID> ids) {
        var rows = participants.withIds(context.workspaceId(), ids);
        return views(context, rows).stream()
                .collect(Collectors.toMap(v -> v.participant().id(), Function.identity()));
    }

    /** The partnerships a member owns or takes part in on our side: "theirs", for their week and calendar. */
    public List<Involvement> involving(WorkspaceContext context, UserId user) {
        return participants.involving(context.workspaceId(), user);
    }

    /**
     * Adds a member (our side, by user id) or a contact (their side, by contact id); someone unknown
     * in the workspace is refused (400 on {@code userId} or {@code contactId}), someone already taking part is 409.
     */
    @Transactional
    public ParticipantView add(WorkspaceContext context, UUID partnershipId, Side side, UUID personId, String role) {
        Partnership partnership = partnerships.require(context, partnershipId);
        String name;
        if (side == Side.OURS) {
            name = references.member(context, UserId.of(personId), "userId").displayName();
        } else {
            references.contact(context, personId, "contactId");
            name = names.contacts(context.workspaceId(), List.of(personId)).getOrDefault(personId, "");
        }
        var existing = participants.of(context.workspaceId(), partnershipId);
        if (existing.stream().anyMatch(p -> p.side() == side && p.personId().equals(personId))) {
            throw new Conflict("partnership.participant.already").on(side == Side.OURS ? "userId" : "contactId");
        }
        if (existing.size() >= Participant.MAX_PER_PARTNERSHIP) {
            throw new Conflict("partnership.participant.tooMany", Participant.MAX_PER_PARTNERSHIP);
        }
        Instant now = Now.of(clock);
        var participant = new Participant(Ids.next(), partnershipId, side, personId, role.strip(), now);
        participants.insert(context.workspaceId(), participant);
        events.publishEvent(new ParticipantAdded(
                context.workspaceId(),
                partnershipId,
                partnership.name(),
                side,
                personId,
                name,
                participant.role(),
                context.actor(),
                now));
        return new ParticipantView(participant, name);
    }

    @Transactional
    public void remove(WorkspaceContext context, UUID partnershipId, UUID participantId) {
        Partnership partnership = partnerships.require(context, partnershipId);
        Participant participant = participants
                .find(context.workspaceId(), partnershipId, participantId)
                .orElseThrow(() -> new NotFound("partnership.participant.notFound"));
        String name = list(context, partnershipId).stream()
                .filter(v -> v.participant().id().equals(participantId))
                .map(ParticipantView::name)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("?");
        participants.delete(context.workspaceId(), participantId);
        events.publishEvent(new ParticipantRemoved(
                context.workspaceId(),
                partnershipId,
                partnership.name(),
                participant.side(),
                participant.personId(),
                name,
                context.actor(),
                Now.of(clock)));
    }
}
