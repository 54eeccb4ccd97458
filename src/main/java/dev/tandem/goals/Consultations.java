package dev.tandem.goals;

import dev.tandem.partnerships.Side;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The voices consulted on shared goals, always within one workspace. */
@Repository
class Consultations {

    private static final String COLUMNS = "id, partnership_id, goal_id, side, who, role, does_the_work, consulted_on,"
            + " how, created_at, created_by";

    private final JdbcClient jdbc;

    Consultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Consultation c) {
        jdbc.sql("""
                insert into goal_consultations (workspace_id, id, partnership_id, goal_id, side, who, role,
                    does_the_work, consulted_on, how, created_at, created_by)
                values (:ws, :id, :p, :goal, :side, :who, :role, :work, :on, :how, :at, :by)""")
                .param("ws", ws.value())
                .param("id", c.id())
                .param("p", c.partnershipId())
                .param("goal", c.goalId())
                .param("side", c.side().name())
                .param("who", c.who())
                .param("role", c.role())
                .param("work", c.doesTheWork())
                .param("on", c.consultedOn())
                .param("how", c.how().name())
                .param("at", Sql.ts(c.createdAt()))
                .param("by", c.createdBy().value())
                .update();
    }

    /** The consultations of a partnership's goals, latest first. */
    List<Consultation> ofPartnership(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select " + COLUMNS + """
                 from goal_consultations where workspace_id = :ws and partnership_id = :p
                order by consulted_on desc, created_at desc""")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Consultations::row)
                .list();
    }

    /** The consultations of one goal, latest first. */
    List<Consultation> ofGoal(WorkspaceId ws, UUID goalId) {
        return jdbc.sql("select " + COLUMNS + """
                 from goal_consultations where workspace_id = :ws and goal_id = :goal
                order by consulted_on desc, created_at desc""")
                .param("ws", ws.value())
                .param("goal", goalId)
                .query(Consultations::row)
                .list();
    }

    boolean delete(WorkspaceId ws, UUID goalId, UUID id) {
        return jdbc.sql("delete from goal_consultations where workspace_id = :ws and goal_id = :goal and id = :id")
                        .param("ws", ws.value())
                        .param("goal", goalId)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** How many ACTIVE goals of a partnership miss a voice (no one of a side, or of the teams doing the work). */
    int activeGoalsMissingVoices(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("""
                select count(*) from goals g
                where g.workspace_id = :ws and g.partnership_id = :p and g.status = 'ACTIVE' and (
                    not exists (select 1 from goal_consultations c where c.workspace_id = g.workspace_id
                        and c.goal_id = g.id and c.side = 'OURS')
                    or not exists (select 1 from goal_consultations c where c.workspace_id = g.workspace_id
                        and c.goal_id = g.id and c.side = 'THEIRS')
                    or not exists (select 1 from goal_consultations c where c.workspace_id = g.workspace_id
                        and c.goal_id = g.id and c.does_the_work = true))""")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(Integer.class)
                .single();
    }

    private static Consultation row(ResultSet rs, int i) throws SQLException {
        return new Consultation(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                rs.getObject("goal_id", UUID.class),
                Side.valueOf(rs.getString("side")),
                rs.getString("who"),
                rs.getString("role"),
                rs.getBoolean("does_the_work"),
                rs.getObject("consulted_on", LocalDate.class),
                Consultation.How.valueOf(rs.getString("how")),
                Sql.requiredInstant(rs, "created_at"),
                UserId.of(rs.getObject("created_by", UUID.class)));
    }
}
