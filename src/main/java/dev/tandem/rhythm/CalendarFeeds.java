package dev.tandem.rhythm;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users' calendar feeds, by the SHA-256 of their secret; user-level, not in a workspace. */
@Repository
class CalendarFeeds {

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UserId user, String secretHash, Instant at) {
        jdbc.sql("insert into calendar_feeds (id, user_id, secret_hash, created_at) values (:id, :user, :hash, :at)")
                .param("id", id)
                .param("user", user.value())
                .param("hash", secretHash)
                .param("at", Sql.ts(at))
                .update();
    }

    void revokeAll(UserId user, Instant at) {
        jdbc.sql("update calendar_feeds set revoked_at = :at where user_id = :user and revoked_at is null")
                .param("at", Sql.ts(at))
                .param("user", user.value())
                .update();
    }

    /** The user whose live feed has this secret hash. */
    Optional<UserId> owner(String secretHash) {
        return jdbc.sql("select user_id from calendar_feeds where secret_hash = :hash and revoked_at is null")
                .param("hash", secretHash)
                .query((rs, i) -> UserId.of(rs.getObject("user_id", UUID.class)))
                .optional();
    }

    /** When the user's live feed was created, if they have one. */
    Optional<Instant> liveSince(UserId user) {
        return jdbc.sql("select created_at from calendar_feeds where user_id = :user and revoked_at is null")
                .param("user", user.value())
                .query((rs, i) -> Sql.requiredInstant(rs, "created_at"))
                .optional();
    }
}
