package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.shared.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The workspace's open commitments grouped by side (us, then them) and, within a side, by the person who
 * owes them: a member or a contact, whichever partnership it is in; those with nobody named come last.
 * At most {@value #MAX_ITEMS} commitments, the soonest due, in a fixed number of queries.
 */
@Service
public class CommitmentBoard {

    public static final int MAX_ITEMS = PageRequest.MAX_LIMIT;

    /** One person's commitments, soonest due first; {@code personId} (a user or contact id) is null for nobody named. */
    public record OwnerGroup(
            OwnerSide side,
            @Nullable UUID personId,
            @Nullable String name,
            List<Commitment> items) {}

    /**
     * @param truncated whether more commitments matched than the groups hold
     * @param partnershipNames the names of the partnerships the commitments belong to
     */
    public record Board(
            LocalDate today, List<OwnerGroup> groups, Map<UUID, String> partnershipNames, boolean truncated) {

        public List<OwnerGroup> groupsOf(OwnerSide side) {
            return groups.stream().filter(g -> g.side() == side).toList();
        }
    }

    private final CommitmentService commitments;
    private final PartnershipParticipants participants;
    private final PartnershipPortfolio portfolio;

    CommitmentBoard(
            CommitmentService commitments, PartnershipParticipants participants, PartnershipPortfolio portfolio) {
        this.commitments = commitments;
        this.participants = participants;
        this.portfolio = portfolio;
    }

    public Board of(WorkspaceContext context, CommitmentService.Due which, @Nullable OwnerSide side) {
        var page = commitments.due(context, which, side, PageRequest.of(MAX_ITEMS, null));
        var owners = participants.withIds(
                context,
                page.items().stream()
                        .map(Commitment::ownerId)
                        .filter(Objects::nonNull)
                        .toList());
        record Key(OwnerSide side, @Nullable UUID person) {}
        Map<Key, List<Commitment>> grouped = new LinkedHashMap<>();
        Map<Key, @Nullable String> names = new LinkedHashMap<>();
        for (Commitment c : page.items()) {
            ParticipantView owner = c.ownerId() == null ? null : owners.get(c.ownerId());
            var key = new Key(
                    c.ownerSide(), owner == null ? null : owner.participant().personId());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            names.put(key, owner == null ? null : Objects.requireNonNullElse(owner.name(), "?"));
        }
        var groups = grouped.entrySet().stream()
                .map(e -> new OwnerGroup(e.getKey().side(), e.getKey().person(), names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(OwnerGroup::side)
                        .thenComparing(g -> g.name() == null)
                        .thenComparing(g -> Objects.requireNonNullElse(g.name(), ""), String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Board(
                commitments.today(),
                groups,
                portfolio.names(
                        context,
                        page.items().stream().map(Commitment::partnershipId).toList()),
                page.nextCursor() != null);
    }
}
