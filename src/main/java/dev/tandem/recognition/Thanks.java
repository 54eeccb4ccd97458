package dev.tandem.recognition;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kudos given, always within one workspace. */
@Repository
class Thanks {

    private static final String COLUMNS = """
            id, partnership_id, side, person_id, milestone_id, message, given_by, given_on, created_at,
            visibility""";

    private final JdbcClient jdbc;

    Thanks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Kudos k) {
        jdbc.sql("""
                insert into recognition_kudos (workspace_id, id, partnership_id, side, person_id, milestone_id, message,
                    given_by, given_on, created_at, visibility)
                values (:ws, :id, :p, :side, :person, :milestone, :message, :by, :on, :created, :visibility)""")
                .param("ws", ws.value())
                .param("id", k.id())
                .param("p", k.partnershipId())
                .param("side", k.to().side().name())
                .param("person", k.to().personId())
                .param("milestone", new SqlParameterValue(Types.OTHER, k.milestoneId()))
                .param("message", k.message())
                .param("by", k.givenBy().value())
                .param("on", k.givenOn())
                .param("created", Sql.ts(k.createdAt()))
                .param("visibility", k.visibility().name())
                .update();
    }

    Optional<Kudos> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from recognition_kudos where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Thanks::row)
                .optional();
    }

    /** A partnership's kudos, latest first (at most the maximum). */
    List<Kudos> of(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select " + COLUMNS
                        + " from recognition_kudos where workspace_id = :ws and partnership_id = :p "
                        + "order by given_on desc, id desc" + Sql.limit(Kudos.MAX_PER_PARTNERSHIP))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Thanks::row)
                .list();
    }

    int count(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select count(*) from recognition_kudos where workspace_id = :ws and partnership_id = :p")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Integer.class)
                .single();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("delete from recognition_kudos where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Kudos row(ResultSet rs, int i) throws SQLException {
        return new Kudos(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                new Contributor(Side.valueOf(rs.getString("side")), rs.getObject("person_id", UUID.class)),
                rs.getObject("milestone_id", UUID.class),
                rs.getString("message"),
                UserId.of(rs.getObject("given_by", UUID.class)),
                rs.getObject("given_on", LocalDate.class),
                Sql.requiredInstant(rs, "created_at"),
                Visibility.valueOf(rs.getString("visibility")));
    }
}
