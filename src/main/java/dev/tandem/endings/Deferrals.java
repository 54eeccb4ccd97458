package dev.tandem.endings;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deferrals of partnerships, always within one workspace. */
@Repository
class Deferrals {

    static final int MAX = 200;

    private static final String COLUMNS = "id, partnership_id, until_on, reason, channel, created_at, ended_at";

    private final JdbcClient jdbc;

    Deferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Deferral d, UserId by) {
        jdbc.sql("""
                insert into endings_deferrals (workspace_id, id, partnership_id, until_on, reason, channel, created_by,
                    created_at)
                values (:ws, :id, :p, :until, :reason, :channel, :by, :at)""")
                .param("ws", ws.value())
                .param("id", d.id())
                .param("p", d.partnershipId())
                .param("until", d.until())
                .param("reason", new SqlParameterValue(Types.VARCHAR, d.reason()))
                .param("channel", new SqlParameterValue(Types.VARCHAR, d.channel()))
                .param("by", by.value())
                .param("at", Sql.ts(d.createdAt()))
                .update();
    }

    /** Ends a deferral now; false when there is no such deferral still running. */
    boolean end(WorkspaceId ws, UUID id, Instant now) {
        return jdbc.sql("""
                update endings_deferrals set ended_at = :now where workspace_id = :ws and id = :id and ended_at is null""")
                        .param("now", Sql.ts(now))
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<Deferral> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from endings_deferrals where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Deferrals::row)
                .optional();
    }

    /** A partnership's deferrals, latest date first. */
    List<Deferral> of(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select " + COLUMNS + """
                 from endings_deferrals where workspace_id = :ws and partnership_id = :p
                order by until_on desc, id""" + Sql.limit(MAX))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Deferrals::row)
                .list();
    }

    /** The latest day a deferral of the partnership not ended early runs until, if it has one. */
    Optional<LocalDate> latestUntil(WorkspaceId ws, UUID partnershipId) {
        return of(ws, partnershipId).stream()
                .filter(d -> d.endedAt() == null)
                .map(Deferral::until)
                .findFirst();
    }

    /** The deferrals still running on {@code day}, soonest end first. */
    List<Deferral> running(WorkspaceId ws, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + """
                 from endings_deferrals where workspace_id = :ws and ended_at is null and until_on > :day
                order by until_on, id""" + Sql.limit(MAX))
                .param("ws", ws.value())
                .param("day", day)
                .query(Deferrals::row)
                .list();
    }

    private static Deferral row(ResultSet rs, int i) throws SQLException {
        return new Deferral(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                rs.getObject("until_on", LocalDate.class),
                rs.getString("reason"),
                rs.getString("channel"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.instant(rs, "ended_at"));
    }
}
