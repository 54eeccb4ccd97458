package dev.tandem.feedback;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Anonymous retrospectives, their links and their answers, always within one workspace. Links and answers share no
 * column but the retrospective: nothing written here can join an answer to a link (ADR 0012).
 */
@Repository
class RetroStore {

    private static final String RETRO =
            "id, partnership_id, title, threshold, opened_by, opened_at, expires_at, language, "
                    + "went_well_question, to_improve_question";

    private final JdbcClient jdbc;

    RetroStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Retro r) {
        jdbc.sql("""
                insert into feedback_retros (workspace_id, id, partnership_id, title, threshold, opened_by, opened_at,
                    expires_at, language, went_well_question, to_improve_question)
                values (:ws, :id, :p, :title, :threshold, :by, :at, :expires, :language, :well, :improve)""")
                .param("ws", ws.value())
                .param("id", r.id())
                .param("p", r.partnershipId())
                .param("title", r.title())
                .param("threshold", r.threshold())
                .param("by", r.openedBy().value())
                .param("at", Sql.ts(r.openedAt()))
                .param("expires", Sql.ts(r.expiresAt()))
                .param("language", r.language())
                .param("well", r.wentWellQuestion())
                .param("improve", r.toImproveQuestion())
                .update();
    }

    void insertLink(WorkspaceId ws, UUID retroId, String tokenHash) {
        jdbc.sql("insert into feedback_retro_links (workspace_id, retro_id, token_hash) values (:ws, :r, :h)")
                .param("ws", ws.value())
                .param("r", retroId)
                .param("h", tokenHash)
                .update();
    }

    Optional<Retro> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + RETRO + " from feedback_retros where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(RetroStore::retro)
                .optional();
    }

    List<Retro> of(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select " + RETRO + " from feedback_retros where workspace_id = :ws and partnership_id = :p "
                        + "order by opened_at desc, id desc" + Sql.limit(200))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(RetroStore::retro)
                .list();
    }

    /** The workspace of an unused link of this retrospective, if there is one. */
    Optional<WorkspaceId> unused(UUID retroId, String tokenHash) {
        return jdbc.sql("select workspace_id from feedback_retro_links where token_hash = :h and retro_id = :r "
                        + "and used = false")
                .param("h", tokenHash)
                .param("r", retroId)
                .query((rs, i) -> WorkspaceId.of(rs.getObject("workspace_id", UUID.class)))
                .optional();
    }

    /** The workspace of a link of this retrospective, used or not. */
    Optional<WorkspaceId> workspace(UUID retroId, String tokenHash) {
        return jdbc.sql("select workspace_id from feedback_retro_links where token_hash = :h and retro_id = :r")
                .param("h", tokenHash)
                .param("r", retroId)
                .query((rs, i) -> WorkspaceId.of(rs.getObject("workspace_id", UUID.class)))
                .optional();
    }

    boolean exists(UUID retroId, String tokenHash) {
        return jdbc.sql("select count(*) from feedback_retro_links where token_hash = :h and retro_id = :r")
                        .param("h", tokenHash)
                        .param("r", retroId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Marks the link used; false when it already was. */
    boolean use(WorkspaceId ws, UUID retroId, String tokenHash) {
        return jdbc.sql("""
                        update feedback_retro_links set used = true
                        where workspace_id = :ws and retro_id = :r and token_hash = :h and used = false""")
                        .param("ws", ws.value())
                        .param("r", retroId)
                        .param("h", tokenHash)
                        .update()
                == 1;
    }

    void insert(WorkspaceId ws, RetroAnswer a) {
        jdbc.sql("""
                insert into feedback_retro_answers (workspace_id, id, retro_id, answered_week, growing, went_well,
                    to_improve)
                values (:ws, :id, :r, :week, :growing, :well, :improve)""")
                .param("ws", ws.value())
                .param("id", a.id())
                .param("r", a.retroId())
                .param("week", a.week())
                .param("growing", a.growing())
                .param("well", a.wentWell())
                .param("improve", a.toImprove())
                .update();
    }

    List<RetroAnswer> answers(WorkspaceId ws, UUID retroId) {
        return jdbc.sql("select id, retro_id, answered_week, growing, went_well, to_improve "
                        + "from feedback_retro_answers where workspace_id = :ws and retro_id = :r")
                .param("ws", ws.value())
                .param("r", retroId)
                .query((rs, i) -> new RetroAnswer(
                        rs.getObject("id", UUID.class),
                        rs.getObject("retro_id", UUID.class),
                        rs.getObject("answered_week", LocalDate.class),
                        rs.getObject("growing", Integer.class),
                        rs.getString("went_well"),
                        rs.getString("to_improve")))
                .list();
    }

    private static Retro retro(ResultSet rs, int i) throws SQLException {
        return new Retro(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                rs.getString("title"),
                rs.getInt("threshold"),
                UserId.of(rs.getObject("opened_by", UUID.class)),
                Sql.requiredInstant(rs, "opened_at"),
                Sql.requiredInstant(rs, "expires_at"),
                rs.getString("language"),
                rs.getString("went_well_question"),
                rs.getString("to_improve_question"));
    }
}
