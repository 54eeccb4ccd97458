package dev.tandem.rhythm;

import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Meetings {

    private static final String COLUMNS = "id, partnership_id, type, starts_at, ends_at, time_zone, place, video_url, "
            + "notes, decisions, held_at, created_by, created_at, version, updated_by, updated_at";

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, Meeting m) {
        jdbc.sql("""
                insert into rhythm_meetings (workspace_id, id, partnership_id, type, starts_at, ends_at, time_zone, place,
                    video_url, notes, decisions, held_at, created_by, created_at)
                values (:ws, :id, :partnership, :type, :starts, :ends, :zone, :place, :video, :notes, :decisions, :held,
                    :by, :at)""")
                .param("ws", workspace.value())
                .param("id", m.id())
                .param("partnership", m.partnershipId())
                .param("type", m.type().name())
                .param("starts", Sql.ts(m.startsAt()))
                .param("ends", Sql.ts(m.endsAt()))
                .param("zone", m.zone().getId())
                .param("place", m.place())
                .param("video", m.videoUrl())
                .param("notes", m.notes())
                .param("decisions", m.decisions())
                .param("held", Sql.ts(m.heldAt()))
                .param("by", m.createdBy().value())
                .param("at", Sql.ts(m.createdAt()))
                .update();
        agenda(workspace, m);
    }

    /**
     * Writes the meeting over version {@code basedOn} as {@code m} says (its version one on); false, writing nothing,
     * when that version is gone. Never when it was held, which only {@link #held} writes.
     */
    boolean update(WorkspaceId workspace, Meeting m, long basedOn) {
        boolean written = jdbc.sql("""
                update rhythm_meetings set type = :type, starts_at = :starts, ends_at = :ends, time_zone = :zone,
                    place = :place, video_url = :video, notes = :notes, decisions = :decisions,
                    updated_by = :by, updated_at = :at, version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""")
                        .param(
                                "by",
                                new SqlParameterValue(
                                        Types.OTHER,
                                        m.updatedBy() == null
                                                ? null
                                                : m.updatedBy().value()))
                        .param("at", Sql.ts(m.updatedAt()))
                        .param("basedOn", basedOn)
                        .param("type", m.type().name())
                        .param("starts", Sql.ts(m.startsAt()))
                        .param("ends", Sql.ts(m.endsAt()))
                        .param("zone", m.zone().getId())
                        .param("place", m.place())
                        .param("video", m.videoUrl())
                        .param("notes", m.notes())
                        .param("decisions", m.decisions())
                        .param("ws", workspace.value())
                        .param("id", m.id())
                        .update()
                == 1;
        if (!written) {
            return false;
        }
        jdbc.sql("delete from rhythm_agenda_items where workspace_id = :ws and meeting_id = :id")
                .param("ws", workspace.value())
                .param("id", m.id())
                .update();
        agenda(workspace, m);
        return true;
    }

    /**
     * Writes when the meeting was held, and nothing else (its agenda stays as it is), unless it has been held
     * meanwhile: false then. Of parallel calls, the first writes; the others wait for it, then find it held.
     */
    boolean held(WorkspaceId workspace, Meeting m) {
        return jdbc.sql("""
                update rhythm_meetings set held_at = :held, version = version + 1
                where workspace_id = :ws and id = :id and held_at is null""")
                        .param("held", Sql.ts(m.heldAt()))
                        .param("ws", workspace.value())
                        .param("id", m.id())
                        .update()
                == 1;
    }

    private void agenda(WorkspaceId workspace, Meeting m) {
        int position = 0;
        for (AgendaItem item : m.agenda()) {
            jdbc.sql("""
                    insert into rhythm_agenda_items (workspace_id, meeting_id, position, listen_first, title)
                    values (:ws, :meeting, :position, :listen, :title)""")
                    .param("ws", workspace.value())
                    .param("meeting", m.id())
                    .param("position", position++)
                    .param("listen", item.listenFirst())
                    .param("title", item.title())
                    .update();
        }
    }

    void delete(WorkspaceId workspace, UUID id) {
        jdbc.sql("delete from rhythm_meetings where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .update();
    }

    /** One meeting with its agenda, in one query (a row per item). */
    Optional<Meeting> find(WorkspaceId workspace, UUID id) {
        Meeting[] found = {null};
        List<AgendaItem> agenda = new ArrayList<>();
        jdbc.sql("select " + COLUMNS + """
                , a.listen_first, a.title from rhythm_meetings m
                left join rhythm_agenda_items a on a.workspace_id = m.workspace_id and a.meeting_id = m.id
                where m.workspace_id = :ws and m.id = :id order by a.position""")
                .param("ws", workspace.value())
                .param("id", id)
                .query(rs -> {
                    if (found[0] == null) {
                        found[0] = row(rs, List.of());
                    }
                    String title = rs.getString("title");
                    if (title != null) {
                        agenda.add(new AgendaItem(rs.getBoolean("listen_first"), title));
                    }
                });
        return Optional.ofNullable(found[0]).map(m -> withAgenda(m, agenda));
    }

    /** The latest first (by start), continuing after the meeting {@code page.after()}. */
    List<Meeting> of(WorkspaceId workspace, UUID partnership, PageRequest page) {
        String after = page.after() == null ? "" : """
                and (starts_at, id) < (select a.starts_at, a.id from rhythm_meetings a
                    where a.workspace_id = :ws and a.id = :after)""";
        return withAgendas(
                workspace,
                jdbc.sql("select " + COLUMNS
                                + " from rhythm_meetings where workspace_id = :ws and partnership_id = :p "
                                + after + " order by starts_at desc, id desc" + Sql.limit(page.fetchSize()))
                        .param("ws", workspace.value())
                        .param("p", partnership)
                        .param("after", page.afterDescending())
                        .query((rs, i) -> row(rs, List.of()))
                        .list());
    }

    /**
     * Meetings of these partnerships starting from {@code from} (included) until {@code until} (excluded,
     * or without end when null), soonest first, at most {@code limit}, with their agenda.
     */
    List<Meeting> ofPartnerships(
            WorkspaceId workspace, Collection<UUID> partnerships, Instant from, @Nullable Instant until, int limit) {
        if (partnerships.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql("select " + COLUMNS
                        + " from rhythm_meetings where workspace_id = :ws and partnership_id in (:ps)"
                        + " and starts_at >= :from" + (until == null ? "" : " and starts_at < :until")
                        + " order by starts_at, id" + Sql.limit(limit))
                .param("ws", workspace.value())
                .param("ps", List.copyOf(partnerships))
                .param("from", Sql.ts(from));
        if (until != null) {
            spec = spec.param("until", Sql.ts(until));
        }
        return withAgendas(workspace, spec.query((rs, i) -> row(rs, List.of())).list());
    }

    private List<Meeting> withAgendas(WorkspaceId workspace, List<Meeting> rows) {
        var agendas = agendaOf(workspace, rows.stream().map(Meeting::id).toList());
        return rows.stream()
                .map(m -> withAgenda(m, agendas.getOrDefault(m.id(), List.of())))
                .toList();
    }

    private static Meeting withAgenda(Meeting m, List<AgendaItem> agenda) {
        return new Meeting(
                m.id(),
                m.partnershipId(),
                m.type(),
                m.startsAt(),
                m.endsAt(),
                m.zone(),
                m.place(),
                m.videoUrl(),
                agenda,
                m.notes(),
                m.decisions(),
                m.heldAt(),
                m.createdBy(),
                m.createdAt(),
                m.version(),
                m.updatedBy(),
                m.updatedAt());
    }

    private Map<UUID, List<AgendaItem>> agendaOf(WorkspaceId workspace, List<UUID> meetings) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        record Row(UUID meeting, AgendaItem item) {}
        return jdbc
                .sql("""
                select meeting_id, listen_first, title from rhythm_agenda_items
                where workspace_id = :ws and meeting_id in (:ids) order by meeting_id, position""")
                .param("ws", workspace.value())
                .param("ids", meetings)
                .query((rs, i) -> new Row(
                        rs.getObject("meeting_id", UUID.class),
                        new AgendaItem(rs.getBoolean("listen_first"), rs.getString("title"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Row::meeting, LinkedHashMap::new, Collectors.mapping(Row::item, Collectors.toList())));
    }

    Map<UUID, AttendanceStatus> attendance(WorkspaceId workspace, UUID meeting) {
        return attendanceOf(workspace, List.of(meeting)).getOrDefault(meeting, Map.of());
    }

    /** What is recorded for these meetings, in one query: by meeting, then by participant. */
    Map<UUID, Map<UUID, AttendanceStatus>> attendanceOf(WorkspaceId workspace, Collection<UUID> meetings) {
        return perParticipant(workspace, meetings, "rhythm_attendance", "status", AttendanceStatus::valueOf);
    }

    void attend(WorkspaceId workspace, UUID meeting, UUID participant, AttendanceStatus status) {
        int updated = jdbc.sql("""
                update rhythm_attendance set status = :status
                where workspace_id = :ws and meeting_id = :m and participant_id = :p""")
                .param("status", status.name())
                .param("ws", workspace.value())
                .param("m", meeting)
                .param("p", participant)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into rhythm_attendance (workspace_id, meeting_id, participant_id, status)
                    values (:ws, :m, :p, :status)""")
                    .param("ws", workspace.value())
                    .param("m", meeting)
                    .param("p", participant)
                    .param("status", status.name())
                    .update();
        }
    }

    /** The replies to these meetings, by meeting, then by participant. */
    Map<UUID, Map<UUID, Reply>> repliesOf(WorkspaceId workspace, Collection<UUID> meetings) {
        return perParticipant(workspace, meetings, "rhythm_replies", "reply", Reply::valueOf);
    }

    /** One value per meeting and participant from {@code table}'s {@code column} (names of this class's own). */
    private <T> Map<UUID, Map<UUID, T>> perParticipant(
            WorkspaceId workspace, Collection<UUID> meetings, String table, String column, Function<String, T> parse) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        record Row<T>(UUID meeting, UUID participant, T value) {}
        return jdbc
                .sql("select meeting_id, participant_id, " + column + " from " + table
                        + " where workspace_id = :ws and meeting_id in (:ids)")
                .param("ws", workspace.value())
                .param("ids", List.copyOf(meetings))
                .query((rs, i) -> new Row<>(
                        rs.getObject("meeting_id", UUID.class),
                        rs.getObject("participant_id", UUID.class),
                        parse.apply(rs.getString(column))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::meeting, Collectors.toMap(Row::participant, Row::value)));
    }

    void reply(WorkspaceId workspace, UUID meeting, UUID participant, Reply reply, Instant at) {
        int updated = jdbc.sql("""
                update rhythm_replies set reply = :reply, replied_at = :at
                where workspace_id = :ws and meeting_id = :m and participant_id = :p""")
                .param("reply", reply.name())
                .param("at", Sql.ts(at))
                .param("ws", workspace.value())
                .param("m", meeting)
                .param("p", participant)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into rhythm_replies (workspace_id, meeting_id, participant_id, reply, replied_at)
                    values (:ws, :m, :p, :reply, :at)""")
                    .param("ws", workspace.value())
                    .param("m", meeting)
                    .param("p", participant)
                    .param("reply", reply.name())
                    .param("at", Sql.ts(at))
                    .update();
        }
    }

    private static Meeting row(ResultSet rs, List<AgendaItem> agenda) throws SQLException {
        return new Meeting(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                MeetingType.valueOf(rs.getString("type")),
                Sql.requiredInstant(rs, "starts_at"),
                Sql.requiredInstant(rs, "ends_at"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("place"),
                rs.getString("video_url"),
                agenda,
                rs.getString("notes"),
                rs.getString("decisions"),
                Sql.instant(rs, "held_at"),
                UserId.of(rs.getObject("created_by", UUID.class)),
                Sql.requiredInstant(rs, "created_at"),
                rs.getLong("version"),
                rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", UUID.class)),
                Sql.instant(rs, "updated_at"));
    }

    /** Whose eyes the notes and decisions of each meeting of a partnership are for. */
    Map<UUID, Visibility> notesVisibilities(WorkspaceId ws, UUID partnershipId) {
        var visibilities = new HashMap<UUID, Visibility>();
        jdbc.sql("select id, notes_visibility from rhythm_meetings where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query((rs, i) -> visibilities.put(
                        rs.getObject("id", UUID.class), Visibility.valueOf(rs.getString("notes_visibility"))))
                .list();
        return visibilities;
    }

    /** Whether the visibility changed (false: it was that already). */
    boolean changeNotesVisibility(WorkspaceId ws, UUID id, Visibility visibility) {
        return jdbc.sql("""
                update rhythm_meetings set notes_visibility = :visibility, version = version + 1
                where workspace_id = :ws and id = :id and notes_visibility <> :visibility""")
                        .param("visibility", visibility.name())
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }
}
