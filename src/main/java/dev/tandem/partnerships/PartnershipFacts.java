package dev.tandem.partnerships;

import dev.tandem.shared.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Partnerships as facts, for readers that work without a member's request (the health index, jobs): no
 * access checks beyond the workspace, which every read is scoped by.
 */
@Service
public class PartnershipFacts {

    private final Partnerships partnerships;
    private final Participants participants;
    private final PartnershipQueries queries;

    PartnershipFacts(Partnerships partnerships, Participants participants, PartnershipQueries queries) {
        this.partnerships = partnerships;
        this.participants = participants;
        this.queries = queries;
    }

    public Optional<Partnership> find(WorkspaceId workspace, UUID id) {
        return partnerships.find(workspace, id);
    }

    /** A partnership with the participant ids of their side, read together: where judging its health starts. */
    public Optional<WithTheirs> findWithTheirs(WorkspaceId workspace, UUID id) {
        return partnerships.findWithTheirs(workspace, id);
    }

    /** The names and owners of these partnerships, in one query; ids not in the workspace are left out. */
    public Map<UUID, PartnershipRef> refs(WorkspaceId workspace, Collection<UUID> ids) {
        return queries.refs(workspace, ids);
    }

    /** The participants of one side: contact ids on THEIRS, member user ids on OURS, keyed by participant id. */
    public Set<UUID> participantIds(WorkspaceId workspace, UUID partnershipId, Side side) {
        return participants.of(workspace, partnershipId).stream()
                .filter(p -> p.side() == side)
                .map(Participant::id)
                .collect(Collectors.toSet());
    }

    /** The ids of a workspace's partnerships after {@code after}, in id order, at most {@code limit}. */
    public List<UUID> ids(WorkspaceId workspace, UUID after, int limit) {
        return queries.ids(workspace, after, limit);
    }
}
