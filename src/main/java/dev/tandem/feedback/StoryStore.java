package dev.tandem.feedback;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stories, always within one workspace and one partnership. */
@Repository
class StoryStore {

    private static final String COLUMNS = "id, partnership_id, prompt, body, visibility, side, source, author_id, "
            + "author_name, round_id, recorded_at, updated_at, version";
    static final int MAX_LISTED = 200;

    private final JdbcClient jdbc;

    StoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Story s) {
        jdbc.sql("""
                insert into feedback_stories (workspace_id, id, partnership_id, prompt, body, visibility, side, source,
                    author_id, author_name, round_id, recorded_at, updated_at, version)
                values (:ws, :id, :p, :prompt, :body, :visibility, :side, :source, :author, :name, :round, :at, :at, 0)""")
                .param("ws", ws.value())
                .param("id", s.id())
                .param("p", s.partnershipId())
                .param("prompt", s.prompt() == null ? null : s.prompt().name())
                .param("body", s.body())
                .param("visibility", s.visibility().name())
                .param("side", s.side().name())
                .param("source", s.source().name())
                .param("author", s.authorId())
                .param("name", s.authorName())
                .param("round", s.roundId())
                .param("at", Sql.ts(s.recordedAt()))
                .update();
    }

    Optional<Story> find(WorkspaceId ws, UUID partnershipId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from feedback_stories "
                        + "where workspace_id = :ws and partnership_id = :p and id = :id")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .param("id", id)
                .query(StoryStore::story)
                .optional();
    }

    /** A partnership's stories, newest first; only the SHARED ones when {@code sharedOnly}. */
    List<Story> of(WorkspaceId ws, UUID partnershipId, boolean sharedOnly) {
        return jdbc.sql("select " + COLUMNS + " from feedback_stories where workspace_id = :ws and partnership_id = :p"
                        + (sharedOnly ? " and visibility = 'SHARED'" : "")
                        + " order by recorded_at desc, id desc" + Sql.limit(MAX_LISTED))
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(StoryStore::story)
                .list();
    }

    /** A partnership's stories told on or after {@code from}, oldest first. */
    List<Story> since(WorkspaceId ws, UUID partnershipId, Instant from) {
        return jdbc.sql("select " + COLUMNS + " from feedback_stories where workspace_id = :ws and partnership_id = :p "
                        + "and recorded_at >= :from order by recorded_at, id")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .param("from", Sql.ts(from))
                .query(StoryStore::story)
                .list();
    }

    /** Changes a story if it still has the version {@code basedOn}; false otherwise. */
    boolean update(
            WorkspaceId ws,
            UUID partnershipId,
            UUID id,
            @Nullable StoryPrompt prompt,
            String body,
            Visibility visibility,
            Instant now,
            long basedOn) {
        return jdbc.sql("""
                        update feedback_stories set prompt = :prompt, body = :body, visibility = :visibility,
                            updated_at = :now, version = version + 1
                        where workspace_id = :ws and partnership_id = :p and id = :id and version = :v""")
                        .param("prompt", prompt == null ? null : prompt.name())
                        .param("body", body)
                        .param("visibility", visibility.name())
                        .param("now", Sql.ts(now))
                        .param("ws", ws.value())
                        .param("p", partnershipId)
                        .param("id", id)
                        .param("v", basedOn)
                        .update()
                == 1;
    }

    boolean delete(WorkspaceId ws, UUID partnershipId, UUID id, long basedOn) {
        return jdbc.sql("delete from feedback_stories "
                                + "where workspace_id = :ws and partnership_id = :p and id = :id and version = :v")
                        .param("ws", ws.value())
                        .param("p", partnershipId)
                        .param("id", id)
                        .param("v", basedOn)
                        .update()
                == 1;
    }

    private static Story story(ResultSet rs, int row) throws SQLException {
        String prompt = rs.getString("prompt");
        return new Story(
                rs.getObject("id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                prompt == null ? null : StoryPrompt.valueOf(prompt),
                rs.getString("body"),
                Visibility.valueOf(rs.getString("visibility")),
                Side.valueOf(rs.getString("side")),
                StorySource.valueOf(rs.getString("source")),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                rs.getObject("round_id", UUID.class),
                Sql.requiredInstant(rs, "recorded_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
