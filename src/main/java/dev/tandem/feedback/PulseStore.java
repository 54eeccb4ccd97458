package dev.tandem.feedback;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
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

/** Templates, rounds, recipients and answers of pulse surveys, always within one workspace. */
@Repository
class PulseStore {

    private static final String ROUND = """
            id, title, open_question_1, open_question_2, opened_by, opened_at, expires_at, closed_at, version""";
    private static final String RECIPIENT = """
            id, round_id, partnership_id, kind, person_id, name, email, language, delivery, answered_at""";
    private static final String ANSWER = """
            id, round_id, recipient_id, partnership_id, satisfaction, continue_likelihood, answer_1, answer_2,
            answered_at""";

    /** A link found by its token, with the workspace it belongs to. */
    record Found(WorkspaceId workspace, Recipient recipient) {}

    private final JdbcClient jdbc;

    PulseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PulseTemplate> template(WorkspaceId ws) {
        return jdbc.sql("""
                select open_question_1, open_question_2, updated_at, version from feedback_templates
                where workspace_id = :ws""")
                .param("ws", ws.value())
                .query((rs, i) -> new PulseTemplate(
                        rs.getString("open_question_1"),
                        rs.getString("open_question_2"),
                        Sql.instant(rs, "updated_at"),
                        rs.getLong("version")))
                .optional();
    }

    void insertTemplate(WorkspaceId ws, @Nullable String q1, @Nullable String q2, Instant now) {
        jdbc.sql("""
                insert into feedback_templates (workspace_id, open_question_1, open_question_2, updated_at, version)
                values (:ws, :q1, :q2, :now, 1)""")
                .param("ws", ws.value())
                .param("q1", q1)
                .param("q2", q2)
                .param("now", Sql.ts(now))
                .update();
    }

    boolean updateTemplate(WorkspaceId ws, @Nullable String q1, @Nullable String q2, Instant now, long basedOn) {
        return jdbc.sql("""
                        update feedback_templates set open_question_1 = :q1, open_question_2 = :q2, updated_at = :now,
                            version = version + 1
                        where workspace_id = :ws and version = :basedOn""")
                        .param("ws", ws.value())
                        .param("q1", q1)
                        .param("q2", q2)
                        .param("now", Sql.ts(now))
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    void insert(WorkspaceId ws, Round r) {
        jdbc.sql("""
                insert into feedback_rounds (workspace_id, id, title, open_question_1, open_question_2, opened_by,
                    opened_at, expires_at, version)
                values (:ws, :id, :title, :q1, :q2, :by, :at, :expires, 0)""")
                .param("ws", ws.value())
                .param("id", r.id())
                .param("title", r.title())
                .param("q1", r.openQuestion1())
                .param("q2", r.openQuestion2())
                .param("by", r.openedBy().value())
                .param("at", Sql.ts(r.openedAt()))
                .param("expires", Sql.ts(r.expiresAt()))
                .update();
    }

    void insert(WorkspaceId ws, Recipient r, String tokenHash) {
        jdbc.sql("""
                insert into feedback_recipients (workspace_id, id, round_id, partnership_id, kind, person_id, name,
                    email, language, delivery, token_hash)
                values (:ws, :id, :round, :p, :kind, :person, :name, :email, :language, :delivery, :hash)""")
                .param("ws", ws.value())
                .param("id", r.id())
                .param("round", r.roundId())
                .param("p", r.partnershipId())
                .param("kind", r.kind().name())
                .param("person", r.personId())
                .param("name", r.name())
                .param("email", r.email())
                .param("language", r.language())
                .param("delivery", r.delivery())
                .param("hash", tokenHash)
                .update();
    }

    void remindAt(WorkspaceId ws, UUID roundId, Instant at) {
        jdbc.sql("update feedback_rounds set remind_at = :at where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", roundId)
                .param("at", Sql.ts(at))
                .update();
    }

    /** A round whose one reminder is due, with the workspace it belongs to and who sent it. */
    record DueReminder(WorkspaceId workspace, UUID roundId, UserId openedBy) {}

    /** Open rounds of any workspace whose reminder is due by {@code now} and not sent yet. */
    List<DueReminder> dueReminders(Instant now, int limit) {
        return jdbc.sql("select workspace_id, id, opened_by from feedback_rounds where remind_at <= :now "
                        + "and reminded_at is null and closed_at is null and expires_at > :now "
                        + "order by remind_at, workspace_id, id" + Sql.limit(limit))
                .param("now", Sql.ts(now))
                .query((rs, i) -> new DueReminder(
                        WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                        rs.getObject("id", UUID.class),
                        UserId.of(rs.getObject("opened_by", UUID.class))))
                .list();
    }

    /** Drops the reminders not sent yet of the rounds a partnership took part in. */
    void cancelReminders(WorkspaceId ws, UUID partnershipId) {
        jdbc.sql("update feedback_rounds r set remind_at = null where workspace_id = :ws and reminded_at is null "
                        + "and remind_at is not null and exists (select 1 from feedback_recipients c "
                        + "where c.workspace_id = r.workspace_id and c.round_id = r.id and c.partnership_id = :p)")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .update();
    }

    /** Claims a round's reminder: true for the one caller that marks it sent. */
    boolean claimReminder(WorkspaceId ws, UUID roundId, Instant now) {
        return jdbc.sql("update feedback_rounds set reminded_at = :now "
                                + "where workspace_id = :ws and id = :id and reminded_at is null")
                        .param("ws", ws.value())
                        .param("id", roundId)
                        .param("now", Sql.ts(now))
                        .update()
                == 1;
    }

    /** Gives a link not used yet a new token; false when it was used meanwhile. */
    boolean replaceToken(WorkspaceId ws, UUID recipientId, String tokenHash) {
        return jdbc.sql("update feedback_recipients set token_hash = :hash "
                                + "where workspace_id = :ws and id = :id and answered_at is null")
                        .param("ws", ws.value())
                        .param("id", recipientId)
                        .param("hash", tokenHash)
                        .update()
                == 1;
    }

    void delivered(WorkspaceId ws, UUID recipientId, String delivery) {
        jdbc.sql("update feedback_recipients set delivery = :d where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", recipientId)
                .param("d", delivery)
                .update();
    }

    Optional<Round> round(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + ROUND + " from feedback_rounds where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(PulseStore::round)
                .optional();
    }

    /** The workspace's rounds, latest first. */
    List<Round> rounds(WorkspaceId ws, int limit) {
        return jdbc.sql("select " + ROUND + " from feedback_rounds where workspace_id = :ws "
                        + "order by opened_at desc, id desc" + Sql.limit(limit))
                .param("ws", ws.value())
                .query(PulseStore::round)
                .list();
    }

    /** The rounds a partnership took part in, oldest first. */
    List<Round> roundsOf(WorkspaceId ws, UUID partnershipId) {
        return jdbc.sql("select " + ROUND + " from feedback_rounds r where workspace_id = :ws and exists ("
                        + "select 1 from feedback_recipients c where c.workspace_id = r.workspace_id "
                        + "and c.round_id = r.id and c.partnership_id = :p) order by opened_at, id")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .query(PulseStore::round)
                .list();
    }

    boolean close(WorkspaceId ws, UUID id, Instant now, long basedOn) {
        return jdbc.sql("""
                        update feedback_rounds set closed_at = :now, version = version + 1
                        where workspace_id = :ws and id = :id and version = :basedOn and closed_at is null""")
                        .param("ws", ws.value())
                        .param("id", id)
                        .param("now", Sql.ts(now))
                        .param("basedOn", basedOn)
                        .update()
                == 1;
    }

    List<Recipient> recipients(WorkspaceId ws, UUID roundId) {
        return jdbc.sql("select " + RECIPIENT + " from feedback_recipients where workspace_id = :ws "
                        + "and round_id = :round order by partnership_id, name, id")
                .param("ws", ws.value())
                .param("round", roundId)
                .query(PulseStore::recipient)
                .list();
    }

    /** The link with this token hash for this round, wherever its workspace. */
    Optional<Found> byToken(UUID roundId, String tokenHash) {
        return jdbc.sql("select workspace_id, " + RECIPIENT
                        + " from feedback_recipients where token_hash = :hash and round_id = :round")
                .param("hash", tokenHash)
                .param("round", roundId)
                .query((rs, i) -> new Found(WorkspaceId.of(rs.getObject("workspace_id", UUID.class)), recipient(rs, i)))
                .optional();
    }

    /** Marks the link used; false when it already was (a second answer, or one racing this one). */
    boolean use(WorkspaceId ws, UUID recipientId, Instant now) {
        return jdbc.sql("""
                        update feedback_recipients set answered_at = :now
                        where workspace_id = :ws and id = :id and answered_at is null""")
                        .param("ws", ws.value())
                        .param("id", recipientId)
                        .param("now", Sql.ts(now))
                        .update()
                == 1;
    }

    void insert(WorkspaceId ws, PulseAnswer a) {
        jdbc.sql("""
                insert into feedback_answers (workspace_id, id, round_id, recipient_id, partnership_id, satisfaction,
                    continue_likelihood, answer_1, answer_2, answered_at)
                values (:ws, :id, :round, :recipient, :p, :s, :c, :a1, :a2, :at)""")
                .param("ws", ws.value())
                .param("id", a.id())
                .param("round", a.roundId())
                .param("recipient", a.recipientId())
                .param("p", a.partnershipId())
                .param("s", a.satisfaction())
                .param("c", a.continueLikelihood())
                .param("a1", a.answer1())
                .param("a2", a.answer2())
                .param("at", Sql.ts(a.answeredAt()))
                .update();
    }

    List<PulseAnswer> answers(WorkspaceId ws, UUID roundId) {
        return jdbc.sql("select " + ANSWER + " from feedback_answers where workspace_id = :ws and round_id = :round "
                        + "order by answered_at, id")
                .param("ws", ws.value())
                .param("round", roundId)
                .query(PulseStore::answer)
                .list();
    }

    /** A partnership's answers given at or after {@code from}, oldest first. */
    List<PulseAnswer> answersOf(WorkspaceId ws, UUID partnershipId, Instant from) {
        return jdbc.sql("select " + ANSWER + " from feedback_answers where workspace_id = :ws and partnership_id = :p "
                        + "and answered_at >= :from order by answered_at, id")
                .param("ws", ws.value())
                .param("p", partnershipId)
                .param("from", Sql.ts(from))
                .query(PulseStore::answer)
                .list();
    }

    private static Round round(ResultSet rs, int i) throws SQLException {
        return new Round(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("open_question_1"),
                rs.getString("open_question_2"),
                UserId.of(rs.getObject("opened_by", UUID.class)),
                Sql.requiredInstant(rs, "opened_at"),
                Sql.requiredInstant(rs, "expires_at"),
                Sql.instant(rs, "closed_at"),
                rs.getLong("version"));
    }

    private static Recipient recipient(ResultSet rs, int i) throws SQLException {
        return new Recipient(
                rs.getObject("id", UUID.class),
                rs.getObject("round_id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                RecipientKind.valueOf(rs.getString("kind")),
                rs.getObject("person_id", UUID.class),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("language"),
                rs.getString("delivery"),
                Sql.instant(rs, "answered_at"));
    }

    private static PulseAnswer answer(ResultSet rs, int i) throws SQLException {
        return new PulseAnswer(
                rs.getObject("id", UUID.class),
                rs.getObject("round_id", UUID.class),
                rs.getObject("recipient_id", UUID.class),
                rs.getObject("partnership_id", UUID.class),
                rs.getInt("satisfaction"),
                rs.getObject("continue_likelihood", Integer.class),
                rs.getString("answer_1"),
                rs.getString("answer_2"),
                Sql.requiredInstant(rs, "answered_at"));
    }
}
