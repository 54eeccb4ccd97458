package dev.tandem.identity;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Users {

    private final JdbcClient jdbc;
    private final RecentTokens recentTokens;

    Users(JdbcClient jdbc, RecentTokens recentTokens) {
        this.jdbc = jdbc;
        this.recentTokens = recentTokens;
    }

    void insert(User user) {
        jdbc.sql("""
                insert into users (id, email, email_key, display_name, password_hash, locale, time_zone, created_at)
                values (:id, :email, :key, :name, :hash, :locale, :zone, :at)""")
                .param("id", user.id().value())
                .param("email", user.email())
                .param("key", User.emailKey(user.email()))
                .param("name", user.displayName())
                .param("hash", user.passwordHash())
                .param("locale", user.locale().toLanguageTag())
                .param("zone", user.timeZone().getId())
                .param("at", Sql.ts(user.createdAt()))
                .update();
    }

    Optional<User> byId(UserId id) {
        return jdbc.sql("select * from users where id = :id")
                .param("id", id.value())
                .query(Users::map)
                .optional();
    }

    List<User> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from users where id in (:ids) order by id")
                .param("ids", ids)
                .query(Users::map)
                .list();
    }

    Optional<User> byEmail(String email) {
        return jdbc.sql("select * from users where email_key = :key")
                .param("key", User.emailKey(email))
                .query(Users::map)
                .optional();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from users where email_key = :key")
                        .param("key", User.emailKey(email))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean emailVerified(UserId id) {
        return jdbc.sql("select count(*) from users where id = :id and email_verified_at is not null")
                        .param("id", id.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void updateProfile(UserId id, String displayName, Locale locale, ZoneId zone) {
        recentTokens.changed();
        jdbc.sql("""
                update users set display_name = :name, locale = :locale, time_zone = :zone, version = version + 1
                where id = :id""")
                .param("name", displayName)
                .param("locale", locale.toLanguageTag())
                .param("zone", zone.getId())
                .param("id", id.value())
                .update();
    }

    void updateLocale(UserId id, Locale locale) {
        recentTokens.changed();
        jdbc.sql("update users set locale = :locale, version = version + 1 where id = :id")
                .param("locale", locale.toLanguageTag())
                .param("id", id.value())
                .update();
    }

    void markEmailVerified(UserId id, Instant at) {
        recentTokens.changed();
        jdbc.sql("update users set email_verified_at = :at where id = :id and email_verified_at is null")
                .param("at", Sql.ts(at))
                .param("id", id.value())
                .update();
    }

    void updatePassword(UserId id, String hash) {
        recentTokens.changed();
        jdbc.sql("update users set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", hash)
                .param("id", id.value())
                .update();
    }

    /**
     * Remembers the workspace last opened; writes only when it is another one than last time. Tokens are not told
     * ({@link RecentTokens}): the last workspace steers pages only.
     */
    void rememberWorkspace(UserId id, WorkspaceId workspace) {
        jdbc.sql("""
                update users set last_workspace_id = :ws, version = version + 1
                where id = :id and (last_workspace_id is null or last_workspace_id <> :ws)""").param("ws", workspace.value()).param("id", id.value()).update();
    }

    static User map(ResultSet rs, int row) throws SQLException {
        UUID last = rs.getObject("last_workspace_id", UUID.class);
        return new User(
                UserId.of(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Locale.forLanguageTag(rs.getString("locale")),
                ZoneId.of(rs.getString("time_zone")),
                last == null ? null : WorkspaceId.of(last),
                Sql.requiredInstant(rs, "created_at"));
    }
}
