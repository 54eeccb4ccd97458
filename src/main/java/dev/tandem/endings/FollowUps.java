package dev.tandem.endings;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-ups an ending leaves for a member (reconnect with an alumnus), always within one workspace. */
@Repository
class FollowUps {

    /** Reconnecting with a partnership that ended well. */
    static final String RECONNECT = "RECONNECT";

    /** Asking a former mentee how they are getting on; recurs every few months. */
    static final String PROGRESS_UPDATE = "PROGRESS_UPDATE";

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            WorkspaceId ws,
            UUID id,
            UUID partnershipId,
            UserId owner,
            String kind,
            LocalDate due,
            @Nullable Integer everyMonths,
            Instant now) {
        jdbc.sql("""
                insert into endings_follow_ups (workspace_id, id, partnership_id, owner_id, kind, due_on, every_months,
                    created_at)
                values (:ws, :id, :p, :owner, :kind, :due, :every, :now)""")
                .param("ws", ws.value())
                .param("id", id)
                .param("p", partnershipId)
                .param("owner", owner.value())
                .param("kind", kind)
                .param("due", due)
                .param("every", new SqlParameterValue(Types.INTEGER, everyMonths))
                .param("now", Sql.ts(now))
                .update();
    }

    /**
     * The owner's follow-ups due by {@code until} (overdue ones too), soonest first; a recurring one as its next
     * occurrence on or after {@code today}, when that is by {@code until}.
     */
    List<FollowUp> dueBy(WorkspaceId ws, UserId owner, LocalDate today, LocalDate until, int limit) {
        return jdbc
                .sql("""
                select id, partnership_id, kind, due_on, every_months from endings_follow_ups
                where workspace_id = :ws and owner_id = :owner and due_on <= :until order by due_on, id""" + Sql.limit(limit))
                .param("ws", ws.value())
                .param("owner", owner.value())
                .param("until", until)
                .query(FollowUps::row)
                .list()
                .stream()
                .filter(f -> f.everyMonths() == null || !f.next(today).isAfter(until))
                .map(f -> f.everyMonths() == null ? f : f.on(f.next(today)))
                .sorted(Comparator.comparing(FollowUp::dueOn))
                .toList();
    }

    /** The owner's recurring follow-ups, for the calendar feed. */
    List<FollowUp> recurring(WorkspaceId ws, UserId owner, int limit) {
        return jdbc.sql("""
                select id, partnership_id, kind, due_on, every_months from endings_follow_ups
                where workspace_id = :ws and owner_id = :owner and every_months is not null order by due_on, id""" + Sql.limit(limit))
                .param("ws", ws.value())
                .param("owner", owner.value())
                .query(FollowUps::row)
                .list();
    }

    private static FollowUp row(ResultSet rs, int i) throws SQLException {
        int every = rs.getInt("every_months");
        return new FollowUp(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                rs.getString("kind"),
                rs.getObject("due_on", LocalDate.class),
                rs.wasNull() ? null : every);
    }

    /** A follow-up first due on {@code dueOn}, and again every {@code everyMonths} months when that is set. */
    record FollowUp(
            UUID id,
            UUID partnershipId,
            String kind,
            LocalDate dueOn,
            @Nullable Integer everyMonths) {

        /** The first occurrence on or after {@code day}. */
        LocalDate next(LocalDate day) {
            if (everyMonths == null || !dueOn.isBefore(day)) {
                return dueOn;
            }
            LocalDate at = dueOn;
            for (int k = 1; at.isBefore(day); k++) {
                at = dueOn.plusMonths((long) k * everyMonths);
            }
            return at;
        }

        FollowUp on(LocalDate day) {
            return new FollowUp(id, partnershipId, kind, day, everyMonths);
        }
    }
}
