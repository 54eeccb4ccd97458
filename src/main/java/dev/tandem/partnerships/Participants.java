package dev.tandem.partnerships;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Participants {

    private static final String COLUMNS = "id, partnership_id, side, person_id, role, added_at";

    private final JdbcClient jdbc;

    Participants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, Participant p) {
        jdbc.sql("""
                insert into partnership_participants (workspace_id, id, partnership_id, side, person_id, role, added_at)
                values (:ws, :id, :partnership, :side, :person, :role, :at)""")
                .param("ws", workspace.value())
                .param("id", p.id())
                .param("partnership", p.partnershipId())
                .param("side", p.side().name())
                .param("person", p.personId())
                .param("role", p.role())
                .param("at", Sql.ts(p.addedAt()))
                .update();
    }

    /** Ours first, then theirs, each in the order they joined; bounded by {@link Participant#MAX_PER_PARTNERSHIP}. */
    List<Participant> of(WorkspaceId workspace, UUID partnership) {
        return jdbc.sql("select " + COLUMNS + " " + """
                from partnership_participants where workspace_id = :ws and partnership_id = :partnership
                order by side, id""")
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .query(Participants::row)
                .list();
    }

    /** The participants of these partnerships, each partnership's as {@link #of} orders them. */
    List<Participant> ofPartnerships(WorkspaceId workspace, Collection<UUID> partnerships) {
        if (partnerships.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from partnership_participants where (workspace_id, partnership_id) in (:keys)"
                        + " order by partnership_id, side, id")
                .param("keys", Sql.keys(workspace.value(), partnerships))
                .query(Participants::row)
                .list();
    }

    /** The participants with these ids, in whichever partnership of the workspace; unknown ids are left out. */
    List<Participant> withIds(WorkspaceId workspace, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from partnership_participants where (workspace_id, id) in (:keys)")
                .param("keys", Sql.keys(workspace.value(), ids))
                .query(Participants::row)
                .list();
    }

    /** The partnerships the member owns or takes part in on our side, with their participant id there. */
    List<Involvement> involving(WorkspaceId workspace, UserId user) {
        return jdbc.sql("""
                select p.id, p.owner_id, pp.id as participant_id from partnerships p
                left join partnership_participants pp on pp.workspace_id = p.workspace_id and pp.partnership_id = p.id
                    and pp.side = 'OURS' and pp.person_id = :user
                where p.workspace_id = :ws and (p.owner_id = :user or pp.id is not null)""")
                .param("ws", workspace.value())
                .param("user", user.value())
                .query((rs, i) -> new Involvement(
                        rs.getObject("id", UUID.class),
                        user.value().equals(rs.getObject("owner_id", UUID.class)),
                        rs.getObject("participant_id", UUID.class)))
                .list();
    }

    Optional<Participant> find(WorkspaceId workspace, UUID partnership, UUID id) {
        return jdbc.sql("select " + COLUMNS + " " + """
                from partnership_participants where workspace_id = :ws and partnership_id = :partnership and id = :id""")
                .param("ws", workspace.value())
                .param("partnership", partnership)
                .param("id", id)
                .query(Participants::row)
                .optional();
    }

    void delete(WorkspaceId workspace, UUID id) {
        jdbc.sql("delete from partnership_participants where workspace_id = :ws and id = :id")
                .param("ws", workspace.value())
                .param("id", id)
                .update();
    }

    /**
     * Moves a contact's participations onto another contact (after a merge). Where both took part in
     * the same partnership, the kept contact's row stays and the merged one's goes.
     */
    void repointContact(WorkspaceId workspace, UUID from, UUID to) {
        jdbc.sql("""
                delete from partnership_participants where workspace_id = :ws and side = 'THEIRS' and person_id = :from
                and partnership_id in (select k.partnership_id from partnership_participants k
                    where k.workspace_id = :ws and k.side = 'THEIRS' and k.person_id = :to)""")
                .param("ws", workspace.value())
                .param("from", from)
                .param("to", to)
                .update();
        jdbc.sql("""
                update partnership_participants set person_id = :to
                where workspace_id = :ws and side = 'THEIRS' and person_id = :from""")
                .param("ws", workspace.value())
                .param("from", from)
                .param("to", to)
                .update();
    }

    private static Participant row(ResultSet rs, int i) throws SQLException {
        return new Participant(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                Side.valueOf(rs.getString("side")),
                rs.getObject("person_id", UUID.class),
                rs.getString("role"),
                Sql.requiredInstant(rs, "added_at"));
    }
}
