package dev.tandem.rhythm;

import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Commitments {

    private static final String COLUMNS = "id, partnership_id, meeting_id, what, owner_side, owner_id, due_on, status, "
            + "done_on, created_by, created_at, version, updated_by, updated_at";

    private final JdbcClient jdbc;

    Commitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, Commitment c) {
        jdbc.sql("""
                insert into rhythm_commitments (workspace_id, id, partnership_id, meeting_id, what, owner_side, owner_id,
                    due_on, status, done_on, created_by, created_at)
                values (:ws, :id, :p, :meeting, :what, :side, :owner, :due, :status, :done, :by, :at)""")
                .param("ws", workspace.value())
                .param("id", c.id())
                .param("p", c.partnershipId())
                .param("meeting", c.meetingId(), Types.OTHER)
                .param("what", c.what())
                .param("side", c.ownerSide().name())
                .param("owner", c.ownerId(), Types.OTHER)
                .param("due", c.dueOn())
                .param("status", c.status().name())
                .param("done", c.doneOn(), Types.DATE)
                .param("by", c.createdBy().value())
                .param("at", Sql.ts(c.createdAt()))
                .update();
    }

    /** Writes {@code c} over version {@code basedOn}; false, writing nothing, when that version is gone. */
    boolean update(WorkspaceId workspace, Commitment c, long basedOn) {
        return jdbc.sql("""
                update rhythm_commitments set what = :what, owner_id = :owner, due_on = :due, status = :status,
                    done_on = :done, updated_by = :by, updated_at = :at, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""")
                        .param(
                                "by",
                                c.updatedBy() == null ? null : c.updatedBy().value(),
                                Types.OTHER)
                        .param("at", Sql.ts(c.updatedAt()))
                        .param("basedOn", basedOn)
                        .param("what", c.what())
                        .param("owner", c.ownerId(), Types.OTHER)
                        .param("due", c.dueOn())
                        .param("status", c.status().name())
                        .param("done", c.doneOn(), Types.DATE)
                        .param("ws", workspace.value())
                        .param("id", c.id())
                        .update()
                == 1;
    }

    Optional<Commitment> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from rhythm_commitments where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .query(Commitments::row)
                .optional();
    }

    /** Oldest first. */
    List<Commitment> of(WorkspaceId workspace, UUID partnership, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + """
                 from rhythm_commitments where workspace_id = :ws and partnership_id = :p and id > :after
                order by id""" + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value())
                .param("p", partnership)
                .param("after", page.afterAscending())
                .query(Commitments::row)
                .list();
    }

    List<Commitment> ofMeeting(WorkspaceId workspace, UUID meeting) {
        return jdbc.sql("select " + COLUMNS
                        + " from rhythm_commitments where workspace_id = :ws and meeting_id = :m order by id")
                .param("ws", workspace.value())
                .param("m", meeting)
                .query(Commitments::row)
                .list();
    }

    /** Open commitments due before {@code until} (exclusive), or all open ones when null; soonest due first. */
    List<Commitment> open(
            WorkspaceId workspace,
            @Nullable LocalDate from,
            @Nullable LocalDate until,
            @Nullable OwnerSide side,
            PageRequest page) {
        String where = (from == null ? "" : " and due_on >= :from")
                + (until == null ? "" : " and due_on < :until")
                + (side == null ? "" : " and owner_side = :side")
                + (page.after() == null ? "" : """
                 and (due_on, id) > (select a.due_on, a.id from rhythm_commitments a
                    where a.workspace_id = :ws and a.id = :after)""");
        var spec = jdbc.sql("select " + COLUMNS
                        + " from rhythm_commitments where workspace_id = :ws and status = 'OPEN'" + where
                        + Sql.orderBy("workspace_id, status", "due_on, id") + Sql.limit(page.fetchSize()))
                .param("ws", workspace.value());
        if (from != null) {
            spec = spec.param("from", from);
        }
        if (until != null) {
            spec = spec.param("until", until);
        }
        if (side != null) {
            spec = spec.param("side", side.name());
        }
        if (page.after() != null) {
            spec = spec.param("after", page.after());
        }
        return spec.query(Commitments::row).list();
    }

    /**
     * Open commitments of ours a member owes, due from {@code from} (included, or any time when null) until
     * {@code until} (excluded, or without end when null), soonest first, at most {@code limit}: those owned by
     * one of their participations, and those owned by nobody in a partnership they own.
     */
    List<Commitment> openOwedBy(
            WorkspaceId workspace,
            Collection<UUID> participations,
            Collection<UUID> owned,
            @Nullable LocalDate from,
            @Nullable LocalDate until,
            int limit) {
        if (participations.isEmpty() && owned.isEmpty()) {
            return List.of();
        }
        String owner = Stream.of(
                        participations.isEmpty() ? null : "owner_id in (:mine)",
                        owned.isEmpty() ? null : "(owner_id is null and partnership_id in (:owned))")
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" or "));
        var spec = jdbc.sql("select " + COLUMNS
                        + " from rhythm_commitments where workspace_id = :ws and status = 'OPEN'"
                        + " and owner_side = 'US' and (" + owner + ")" + (from == null ? "" : " and due_on >= :from")
                        + (until == null ? "" : " and due_on < :until")
                        + Sql.orderBy("workspace_id, status", "due_on, id")
                        + Sql.limit(limit))
                .param("ws", workspace.value());
        if (!participations.isEmpty()) {
            spec = spec.param("mine", List.copyOf(participations));
        }
        if (!owned.isEmpty()) {
            spec = spec.param("owned", List.copyOf(owned));
        }
        if (from != null) {
            spec = spec.param("from", from);
        }
        if (until != null) {
            spec = spec.param("until", until);
        }
        return spec.query(Commitments::row).list();
    }

    /** Per side: how many commitments of a partnership are open, and how many of those are due before {@code today}. */
    Map<OwnerSide, int[]> openCounts(WorkspaceId workspace, UUID partnership, LocalDate today) {
        Map<OwnerSide, int[]> counts = new EnumMap<>(OwnerSide.class);
        jdbc.sql("""
                select owner_side, count(*) as open_count,
                  sum(case when due_on < :today then 1 else 0 end) as overdue_count
                from rhythm_commitments where workspace_id = :ws and partnership_id = :p and status = 'OPEN'
                group by owner_side""")
                .param("ws", workspace.value())
                .param("p", partnership)
                .param("today", today)
                .query((rs, i) -> counts.put(
                        OwnerSide.valueOf(rs.getString("owner_side")),
                        new int[] {rs.getInt("open_count"), rs.getInt("overdue_count")}))
                .list();
        return counts;
    }

    /** Commitments of a partnership due from {@code from} to {@code to}, both included. */
    List<Commitment> dueBetween(WorkspaceId workspace, UUID partnership, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + """
                 from rhythm_commitments where workspace_id = :ws and partnership_id = :p
                and due_on >= :from and due_on <= :to""")
                .param("ws", workspace.value())
                .param("p", partnership)
                .param("from", from)
                .param("to", to)
                .query(Commitments::row)
                .list();
    }

    private static Commitment row(ResultSet rs, int i) throws SQLException {
        var done = rs.getObject("done_on", LocalDate.class);
        return new Commitment(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getString("what"),
                OwnerSide.valueOf(rs.getString("owner_side")),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("due_on", LocalDate.class),
                CommitmentStatus.valueOf(rs.getString("status")),
                done,
                UserId.of(rs.getObject("created_by", UUID.class)),
                Sql.requiredInstant(rs, "created_at"),
                rs.getLong("version"),
                rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", UUID.class)),
                Sql.instant(rs, "updated_at"));
    }
}
