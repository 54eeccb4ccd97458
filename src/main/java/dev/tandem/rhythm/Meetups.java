package dev.tandem.rhythm;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recurring group meetups with their invitees, cancelled dates and attendance; always within one workspace. */
@Repository
class Meetups {

    static final int MAX = 200;

    private static final String COLUMNS = """
            id, title, rrule, zone, starts_on, starts_at, minutes, place, video_url, created_by, created_at,
            updated_at, version, updated_by""";

    private final JdbcClient jdbc;

    Meetups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Meetup meetup) {
        jdbc.sql("""
                insert into rhythm_meetups (workspace_id, id, title, rrule, zone, starts_on, starts_at, minutes, place,
                    video_url, created_by, created_at, updated_at, version, updated_by)
                values (:ws, :id, :title, :rrule, :zone, :startsOn, :startsAt, :minutes, :place, :video, :createdBy,
                    :createdAt, :updated, :version, :by)""").params(params(ws, meetup)).update();
    }

    /** Writes the plan over the version it was based on; false, writing nothing, if that version is gone. */
    boolean update(WorkspaceId ws, Meetup meetup, long basedOn) {
        var params = params(ws, meetup);
        params.put("basedOn", basedOn);
        return jdbc.sql("""
                update rhythm_meetups set title = :title, rrule = :rrule, zone = :zone, starts_on = :startsOn,
                    starts_at = :startsAt, minutes = :minutes, place = :place, video_url = :video,
                    updated_at = :updated, updated_by = :by, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""").params(params).update() == 1;
    }

    /** Counts a change of invitees or exceptions as a new version. */
    void touch(WorkspaceId ws, UUID id, Instant now, UserId by) {
        jdbc.sql("""
                update rhythm_meetups set version = version + 1, updated_at = :now, updated_by = :by
                where workspace_id = :ws and id = :id""")
                .param("ws", ws.value())
                .param("id", id)
                .param("now", Sql.ts(now))
                .param("by", by.value())
                .update();
    }

    void delete(WorkspaceId ws, UUID id) {
        jdbc.sql("delete from rhythm_meetups where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .update();
    }

    Optional<Meetup> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from rhythm_meetups where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query((rs, i) -> row(rs))
                .optional()
                .map(m -> complete(ws, m));
    }

    /** The workspace's meetups, by title. */
    List<Meetup> all(WorkspaceId ws) {
        return jdbc
                .sql("select " + COLUMNS + " from rhythm_meetups where workspace_id = :ws order by title, id"
                        + Sql.limit(MAX))
                .param("ws", ws.value())
                .query((rs, i) -> row(rs))
                .list()
                .stream()
                .map(m -> complete(ws, m))
                .toList();
    }

    /** The meetups {@code person} is invited to or created. */
    List<Meetup> of(WorkspaceId ws, UUID person) {
        return jdbc
                .sql("select " + COLUMNS + """
                 from rhythm_meetups m where workspace_id = :ws and (created_by = :person or exists (
                    select 1 from rhythm_meetup_invitees i
                    where i.workspace_id = m.workspace_id and i.meetup_id = m.id and i.person_id = :person))
                order by title, id""" + Sql.limit(MAX))
                .param("ws", ws.value())
                .param("person", person)
                .query((rs, i) -> row(rs))
                .list()
                .stream()
                .map(m -> complete(ws, m))
                .toList();
    }

    /** Adds the invitee; false when they were invited already. */
    boolean invite(WorkspaceId ws, UUID meetupId, Meetup.Invitee invitee, Instant now) {
        Integer there = jdbc.sql("""
                select count(*) from rhythm_meetup_invitees
                where workspace_id = :ws and meetup_id = :m and person_id = :person""")
                .param("ws", ws.value())
                .param("m", meetupId)
                .param("person", invitee.personId())
                .query(Integer.class)
                .single();
        if (there > 0) {
            return false;
        }
        jdbc.sql("""
                insert into rhythm_meetup_invitees (workspace_id, meetup_id, person_id, kind, name, email, added_at)
                values (:ws, :m, :person, :kind, :name, :email, :now)""")
                .param("ws", ws.value())
                .param("m", meetupId)
                .param("person", invitee.personId())
                .param("kind", invitee.kind().name())
                .param("name", invitee.name())
                .param("email", new SqlParameterValue(Types.VARCHAR, invitee.email()))
                .param("now", Sql.ts(now))
                .update();
        return true;
    }

    boolean uninvite(WorkspaceId ws, UUID meetupId, UUID person) {
        return jdbc.sql("""
                delete from rhythm_meetup_invitees where workspace_id = :ws and meetup_id = :m and person_id = :person""")
                        .param("ws", ws.value())
                        .param("m", meetupId)
                        .param("person", person)
                        .update()
                == 1;
    }

    /** Cancels or restores one occurrence. */
    void cancel(WorkspaceId ws, UUID meetupId, LocalDate on, boolean cancelled) {
        jdbc.sql(
                        "delete from rhythm_meetup_cancellations where workspace_id = :ws and meetup_id = :m and on_date = :on")
                .param("ws", ws.value())
                .param("m", meetupId)
                .param("on", on)
                .update();
        if (cancelled) {
            jdbc.sql("insert into rhythm_meetup_cancellations (workspace_id, meetup_id, on_date) values (:ws, :m, :on)")
                    .param("ws", ws.value())
                    .param("m", meetupId)
                    .param("on", on)
                    .update();
        }
    }

    void attend(WorkspaceId ws, UUID meetupId, LocalDate on, UUID person, AttendanceStatus status) {
        jdbc.sql("""
                delete from rhythm_meetup_attendance
                where workspace_id = :ws and meetup_id = :m and on_date = :on and person_id = :person""")
                .param("ws", ws.value())
                .param("m", meetupId)
                .param("on", on)
                .param("person", person)
                .update();
        jdbc.sql("""
                insert into rhythm_meetup_attendance (workspace_id, meetup_id, on_date, person_id, status)
                values (:ws, :m, :on, :person, :status)""")
                .param("ws", ws.value())
                .param("m", meetupId)
                .param("on", on)
                .param("person", person)
                .param("status", status.name())
                .update();
    }

    /** Attendance recorded for the meetup's occurrences of {@code days}, by day and person. */
    Map<LocalDate, Map<UUID, AttendanceStatus>> attendance(WorkspaceId ws, UUID meetupId, Collection<LocalDate> days) {
        Map<LocalDate, Map<UUID, AttendanceStatus>> found = new HashMap<>();
        if (days.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select on_date, person_id, status from rhythm_meetup_attendance
                where workspace_id = :ws and meetup_id = :m and on_date in (:days)""")
                .param("ws", ws.value())
                .param("m", meetupId)
                .param("days", List.copyOf(new HashSet<>(days)))
                .query(rs -> {
                    found.computeIfAbsent(rs.getObject("on_date", LocalDate.class), d -> new HashMap<>())
                            .put(
                                    rs.getObject("person_id", UUID.class),
                                    AttendanceStatus.valueOf(rs.getString("status")));
                });
        return found;
    }

    private Meetup complete(WorkspaceId ws, Meetup m) {
        List<Meetup.Invitee> invitees = jdbc.sql("""
                select person_id, kind, name, email from rhythm_meetup_invitees
                where workspace_id = :ws and meetup_id = :m order by name, person_id""")
                .param("ws", ws.value())
                .param("m", m.id())
                .query((rs, i) -> new Meetup.Invitee(
                        Meetup.Invitee.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email")))
                .list();
        Set<LocalDate> cancelled = new HashSet<>(jdbc.sql("""
                select on_date from rhythm_meetup_cancellations where workspace_id = :ws and meetup_id = :m""")
                .param("ws", ws.value())
                .param("m", m.id())
                .query((rs, i) -> rs.getObject("on_date", LocalDate.class))
                .list());
        return new Meetup(
                m.id(),
                m.plan(),
                invitees,
                cancelled,
                m.createdBy(),
                m.createdAt(),
                m.updatedAt(),
                m.version(),
                m.updatedBy());
    }

    private static Map<String, Object> params(WorkspaceId ws, Meetup m) {
        var plan = m.plan();
        Map<String, Object> p = new HashMap<>();
        p.put("ws", ws.value());
        p.put("id", m.id());
        p.put("title", plan.title());
        p.put("rrule", plan.rule().text());
        p.put("zone", plan.zone().getId());
        p.put("startsOn", plan.startsOn());
        p.put("startsAt", plan.startsAt());
        p.put("minutes", plan.minutes());
        p.put("place", new SqlParameterValue(Types.VARCHAR, plan.place()));
        p.put("video", new SqlParameterValue(Types.VARCHAR, plan.videoUrl()));
        p.put("createdBy", m.createdBy().value());
        p.put("createdAt", Sql.ts(m.createdAt()));
        p.put("updated", Sql.ts(m.updatedAt()));
        p.put("version", m.version());
        p.put("by", Sql.user(m.updatedBy()));
        return p;
    }

    private static Meetup row(ResultSet rs) throws SQLException {
        UUID by = rs.getObject("updated_by", UUID.class);
        @Nullable String place = rs.getString("place");
        var plan = new MeetupPlan(
                rs.getString("title"),
                MeetupRule.parse(rs.getString("rrule")),
                ZoneId.of(rs.getString("zone")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getInt("minutes"),
                place,
                rs.getString("video_url"));
        return new Meetup(
                rs.getObject("id", UUID.class),
                plan,
                new ArrayList<>(),
                Set.of(),
                UserId.of(rs.getObject("created_by", UUID.class)),
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                by == null ? null : UserId.of(by));
    }
}
